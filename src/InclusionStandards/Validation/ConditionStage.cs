using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Validation;

/// <summary>
/// Type-checks every condition of the catalog: criteria (bool, with the <c>for.as</c> variable), indicator values
/// (number) and rule patterns (bool, with the variables bound so far). Skipped when the evidence schema is missing
/// or has errors that stop record types from being built.
/// </summary>
internal sealed class ConditionStage(IConditionChecker checker) : IValidationStage
{
    public string Name => "conditions";

    public void Run(ValidationContext context)
    {
        var schema = context.Catalog.EvidenceSchema;
        if (schema is null || context.Diagnostics.Any(d => d.IsError && d.Location?.File == schema.File))
        {
            return;
        }

        var types = schema.BuildRecordTypes();
        var criteria = context.Catalog.EnumerateCriteria().Select(c => c.Criterion.Id)
            .Concat(context.Catalog.EnumerateIndicators().Where(i => i.Indicator.Band is not null).Select(i => i.Indicator.Id)).ToHashSet();
        var indicators = context.Catalog.EnumerateIndicators().Select(i => i.Indicator.Id).ToHashSet();
        var literals = new VocabularyLiterals(context, schema);
        foreach (var entry in context.Catalog.EnumerateCriteria())
        {
            var c = entry.Criterion;
            var extra = new List<KeyValuePair<string, FieldType>>();
            if (c.ForEach is { } fe && RuleChecks.IsIdentifier(fe.As) && types.Root.TryGetField(fe.Each, out var list) && list.Type.ElementType is { } element)
            {
                extra.Add(new(fe.As, element));
            }

            foreach (var condition in new[] { c.Applies, c.Met, c.PartiallyMet }.OfType<Condition>().Where(x => x.Text.Length > 0))
            {
                context.Diagnostics.AddRange(checker.Check(condition, ConditionResultType.Bool, types, extra));
                ConditionReferences.Check(context, condition, criteria, indicators);
                var syntax = new ConditionSyntax(condition);
                ConstantArguments.Check(context, syntax);
                ConstantOperations.Check(context, syntax);
                literals.Check(syntax, ElementVariables(schema, c.ForEach is { } each ? [(each.Each, each.As)] : []));
            }
        }

        foreach (var (indicator, _) in context.Catalog.EnumerateIndicators().Where(i => i.Indicator.Value.Text.Length > 0))
        {
            context.Diagnostics.AddRange(checker.Check(indicator.Value, ConditionResultType.Number, types, []));
            ConditionReferences.Check(context, indicator.Value, criteria, indicators);
            var value = new ConditionSyntax(indicator.Value);
            ConstantArguments.Check(context, value);
            ConstantOperations.Check(context, value);
            literals.Check(value, []);
        }

        ReferenceCycles.Check(context);

        foreach (var rule in context.Catalog.OfKind<RulesStandard>().SelectMany(r => r.Rules))
        {
            var bound = new List<KeyValuePair<string, FieldType>>();
            foreach (var p in rule.When)
            {
                var scope = bound.ToList();
                if (RuleChecks.IsIdentifier(p.As) && types.Root.TryGetField(p.Each, out var f) && f.Type.ElementType is { } e)
                {
                    scope.Add(new(p.As, e));
                    if (!p.Negated)
                    {
                        bound.Add(new(p.As, e));
                    }
                }

                if (p.Where is { Text.Length: > 0 } where)
                {
                    context.Diagnostics.AddRange(checker.Check(where, ConditionResultType.Bool, types, scope));
                    var syntax = new ConditionSyntax(where);
                    ConstantArguments.Check(context, syntax);
                    ConstantOperations.Check(context, syntax);
                    literals.Check(syntax, ElementVariables(schema, rule.When.TakeWhile(x => !ReferenceEquals(x, p)).Where(x => !x.Negated).Append(p).Select(x => (x.Each, x.As))));
                    foreach (var call in Evaluation.ConditionEnvironment.OutcomeCalls(where.Text).Select(id => $"outcome('{id}')")
                        .Concat(Evaluation.ConditionEnvironment.IndicatorCalls(where.Text).Select(id => $"indicator('{id}')")))
                    {
                        var d = Conditions.Compilation.ConditionCompiler.ToDiagnostic(where.Text, null, DiagnosticCodes.RuleReadsFindings,
                            $"Rule '{rule.Id}': a pattern's 'where' reads evidence only, not {call}. Test the outcome in the target criterion's conditions instead.",
                            Math.Max(0, where.Text.IndexOf(call[..call.IndexOf('(', StringComparison.Ordinal)], StringComparison.Ordinal)));
                        context.Diagnostics.Add(d with { Location = where.LocationAt(d.Location!.Line, d.Location.Column) });
                    }
                }
            }
        }
    }

    /// <summary>The record type of each variable bound to an element of a root list (lists the schema does not declare are left out).</summary>
    private static IEnumerable<KeyValuePair<string, string>> ElementVariables(EvidenceSchema schema, IEnumerable<(string List, string Name)> bound) =>
        bound.Select(b => (b.Name, Type: schema.FindRootField(b.List)?.Type))
            .Where(b => b.Type is { Kind: TypeReferenceKind.List, Element: { Kind: TypeReferenceKind.Named, Name: { } } })
            .Select(b => new KeyValuePair<string, string>(b.Name, b.Type!.Element!.Name!));
}
