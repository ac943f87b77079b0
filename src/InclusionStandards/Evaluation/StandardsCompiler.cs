using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Compiles a catalog in named stages: environment → criteria and indicator conditions (type-checked CEL) →
/// dependencies (<c>outcome()</c>, <c>indicator()</c>) and their levels, with cycles reported. Diagnostics, not exceptions.
/// </summary>
internal sealed class StandardsCompiler(StandardsCatalog catalog, ConditionEnvironment env, List<Diagnostic> diagnostics)
{
    /// <summary>Stage 2: criteria.</summary>
    public List<CompiledCriterion> CompileCriteria()
    {
        var result = new List<CompiledCriterion>();
        foreach (var info in catalog.EnumerateCriteria())
        {
            var c = info.Criterion;
            var celEnv = env.Root;
            ForEachBinding? binding = null;
            if (c.ForEach is { } each)
            {
                if (!Validation.RuleChecks.IsIdentifier(each.As) || !env.Types.Root.TryGetField(each.Each, out var list) || list.Type is not { Kind: FieldKind.List, ElementType.RecordType: { } elementType })
                {
                    diagnostics.Add(Diagnostic.Error("EVL101", $"Criterion '{c.Id}': 'for.each' must name a root list of records; '{each.Each}' is not one.", each.Location));
                    continue;
                }

                binding = new ForEachBinding(each.Each, each.As, elementType, catalog.EvidenceSchema?.FindType(elementType.Name)?.Key);
                celEnv = env.ForElement(each.As, elementType);
            }

            var met = Compile(celEnv, c.Met);
            var applies = c.Applies is null ? null : Compile(celEnv, c.Applies);
            var partially = c.PartiallyMet is null ? null : Compile(celEnv, c.PartiallyMet);
            if (met is null || (c.Applies is not null && applies is null) || (c.PartiallyMet is not null && partially is null))
            {
                continue;
            }

            var texts = new[] { c.Met.Text, c.Applies?.Text, c.PartiallyMet?.Text }.OfType<string>().ToList();
            result.Add(new CompiledCriterion
            {
                Info = info,
                Met = met,
                Applies = applies,
                PartiallyMet = partially,
                ForEach = binding,
                OutcomeDependencies = [.. texts.SelectMany(ConditionEnvironment.OutcomeCalls).Distinct().Order(StringComparer.Ordinal)],
                IndicatorDependencies = [.. texts.SelectMany(ConditionEnvironment.IndicatorCalls).Distinct().Order(StringComparer.Ordinal)],
                ReadsSensitive = Sensitive(new[] { met, applies, partially }.OfType<CompiledCondition>().SelectMany(x => x.EvidencePaths),
                    binding is null ? [] : [new(binding.As, binding.ElementType)]),
            });
        }

        return result;
    }

    /// <summary>Stage 2: indicators.</summary>
    public List<CompiledIndicator> CompileIndicators()
    {
        var result = new List<CompiledIndicator>();
        foreach (var (indicator, standard) in catalog.EnumerateIndicators())
        {
            if (Compile(env.Root, indicator.Value, numeric: true) is { } value)
            {
                result.Add(new CompiledIndicator
                {
                    Indicator = indicator,
                    Standard = standard,
                    Value = value,
                    OutcomeDependencies = [.. ConditionEnvironment.OutcomeCalls(indicator.Value.Text).Distinct().Order(StringComparer.Ordinal)],
                    IndicatorDependencies = [.. ConditionEnvironment.IndicatorCalls(indicator.Value.Text).Distinct().Order(StringComparer.Ordinal)],
                    ReadsSensitive = Sensitive(value.EvidencePaths, []),
                });
            }
        }

        return result;
    }

    /// <summary>Stage 3: levels in the dependency graph; unknown ids and cycles are errors (and drop the criterion).</summary>
    /// <summary>
    /// Compiles the rules of <c>kind: rules</c> files: each pattern's condition sees the evidence root, the variables of
    /// the positive patterns before it and its own. Rules validation has refused (no derivation, an unknown criterion,
    /// an outcome that does not lower) are skipped; validation reports them.
    /// </summary>
    public List<CompiledDerivationRule> CompileRules(List<CompiledCriterion> criteria)
    {
        var result = new List<CompiledDerivationRule>();
        foreach (var rule in catalog.OfKind<RulesStandard>().SelectMany(r => r.Rules))
        {
            if (rule.Derive is not { Type: Validation.RuleChecks.FindingType, Outcome: Outcome.NotMet or Outcome.PartiallyMet } derive
                || criteria.FirstOrDefault(c => c.Id == derive.Criterion) is not { } target || rule.When.IsEmpty)
            {
                continue;
            }

            var patterns = new List<CompiledRulePattern>();
            var celEnv = env.Root;
            var bound = 0;
            int? elementPattern = null;
            foreach (var p in rule.When)
            {
                if (!Validation.RuleChecks.IsIdentifier(p.As) || !env.Types.Root.TryGetField(p.Each, out var list) || list.Type is not { Kind: FieldKind.List, ElementType.RecordType: { } elementType })
                {
                    diagnostics.Add(Diagnostic.Error("EVL101", $"Rule '{rule.Id}': 'each' must name a root list of records; '{p.Each}' is not one.", p.EachLocation));
                    patterns.Clear();
                    break;
                }

                var scope = celEnv.WithVariable(p.As, elementType);
                var where = p.Where is { Text.Length: > 0 } w ? Compile(scope, w) : null;
                if (p.Where is { Text.Length: > 0 } && where is null)
                {
                    patterns.Clear();
                    break;
                }

                if (!p.Negated && p.As == derive.Element && target.ForEach?.List == p.Each)
                {
                    elementPattern = patterns.Count;
                }

                var variables = patterns.Where(x => !x.Negated).Select(x => new KeyValuePair<string, RecordType>(x.As, x.ElementType)).Append(new(p.As, elementType));
                patterns.Add(new CompiledRulePattern(p.Each, p.As, elementType, where, p.Negated, bound, where is not null && Sensitive(where.EvidencePaths, variables)));
                if (!p.Negated)
                {
                    celEnv = scope;
                    bound++;
                }
            }

            if (patterns.Count == rule.When.Length)
            {
                result.Add(new CompiledDerivationRule(rule, [.. patterns], target.Id, (Assessments.Outcome)(int)derive.Outcome!.Value, derive.Reason, elementPattern,
                    [.. patterns.Select(p => p.List).Distinct().Order(StringComparer.Ordinal)]));
            }
        }

        return result;
    }

    private bool Sensitive(IEnumerable<string> paths, IEnumerable<KeyValuePair<string, RecordType>> variables) =>
        catalog.EvidenceSchema is { } schema && SensitiveEvidence.Reads(paths, schema, env.Types.Root, variables.ToDictionary(StringComparer.Ordinal));

    public (List<CompiledCriterion>, List<CompiledIndicator>) Levels(List<CompiledCriterion> criteria, List<CompiledIndicator> indicators)
    {
        var graph = new DependencyGraph(criteria, indicators, diagnostics);
        return graph.Resolve();
    }

    private CompiledCondition? Compile(CelEnvironment celEnv, Condition condition, bool numeric = false)
    {
        var compiled = celEnv.Compile(condition.Text, numeric ? null : CelType.Bool);
        if (numeric && compiled.Condition is { ResultType: var t } && !(t.Equals(CelType.Double) || t.Equals(CelType.Int) || t.Equals(CelType.Dyn)))
        {
            diagnostics.Add(Diagnostic.Error("EVL104", $"An indicator value must be a number; '{condition.Text.Trim()}' is {t}.", condition.Location));
            return null;
        }

        diagnostics.AddRange(compiled.Diagnostics.Select(d => d.Location is { } at ? d with { Location = condition.LocationAt(at.Line, at.Column) } : d));
        return compiled.Condition;
    }
}
