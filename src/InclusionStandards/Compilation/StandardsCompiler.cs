using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;
using InclusionStandards.Validation;

namespace InclusionStandards.Compilation;

/// <summary>
/// Lowers what validation bound (<see cref="BoundCatalog"/>) to what evaluation runs: criteria, indicators and rules
/// with their conditions as expression trees, their dependencies read from the resolved <c>outcome()</c> and
/// <c>indicator()</c> calls, and their levels. It checks nothing: a catalog that validated clean always lowers.
/// </summary>
internal sealed class StandardsCompiler(StandardsCatalog catalog, BoundCatalog bound)
{
    private readonly HashSet<string> _criteria = catalog.EnumerateCriteria().Select(c => c.Criterion.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The criteria, in catalog order.</summary>
    public List<CompiledCriterion> CompileCriteria()
    {
        var result = new List<CompiledCriterion>();
        foreach (var info in catalog.EnumerateCriteria())
        {
            var c = bound.Criteria[info.Criterion];
            var binding = c.ForEach is { } each ? new ForEachBinding(each.List, each.As, each.ElementType, catalog.EvidenceSchema?.FindType(each.ElementType.Name)?.Key) : null;
            var conditions = c.Conditions.ToList();
            result.Add(new CompiledCriterion
            {
                Info = info,
                Met = c.Met!.Lowered!,
                Applies = c.Applies?.Lowered,
                PartiallyMet = c.PartiallyMet?.Lowered,
                ForEach = binding,
                OutcomeDependencies = Dependencies(conditions, ReferenceKind.Outcome),
                IndicatorDependencies = Dependencies(conditions, ReferenceKind.Indicator),
                ReadsSensitive = Sensitive(conditions.SelectMany(x => x.EvidencePaths), binding is null ? [] : [new(binding.As, binding.ElementType)]),
                ElementFieldsRead = binding is null ? [] : ElementFields(conditions, binding.As),
            });
        }

        return result;
    }

    /// <summary>The indicators, in catalog order.</summary>
    public List<CompiledIndicator> CompileIndicators()
    {
        var result = new List<CompiledIndicator>();
        foreach (var (indicator, standard) in catalog.EnumerateIndicators())
        {
            var value = bound.Indicators[indicator];
            result.Add(new CompiledIndicator
            {
                Indicator = indicator,
                Standard = standard,
                Value = value.Lowered!,
                OutcomeDependencies = Dependencies([value], ReferenceKind.Outcome),
                IndicatorDependencies = Dependencies([value], ReferenceKind.Indicator),
                ReadsSensitive = Sensitive(value.EvidencePaths, []),
            });
        }

        return result;
    }

    /// <summary>
    /// The rules of <c>kind: rules</c> files: each pattern's condition sees the evidence root, the variables of the
    /// positive patterns before it and its own.
    /// </summary>
    public List<CompiledDerivationRule> CompileRules(List<CompiledCriterion> criteria)
    {
        var result = new List<CompiledDerivationRule>();
        foreach (var rule in catalog.OfKind<RulesStandard>().SelectMany(r => r.Rules))
        {
            var derive = rule.Derive!;
            var target = criteria.First(c => c.Id == derive.Criterion);
            var patterns = new List<CompiledRulePattern>();
            var boundBefore = 0;
            int? elementPattern = null;
            foreach (var p in rule.When)
            {
                var pattern = bound.Patterns[p];
                var elementType = pattern.ElementType!;
                var where = pattern.Where?.Lowered;
                if (!p.Negated && p.As == derive.Element && target.ForEach?.List == p.Each)
                {
                    elementPattern = patterns.Count;
                }

                var variables = patterns.Where(x => !x.Negated).Select(x => new KeyValuePair<string, RecordType>(x.As, x.ElementType)).Append(new(p.As, elementType));
                patterns.Add(new CompiledRulePattern(p.Each, p.As, elementType, where, p.Negated, boundBefore, where is not null && Sensitive(where.EvidencePaths, variables)));
                if (!p.Negated)
                {
                    boundBefore++;
                }
            }

            result.Add(new CompiledDerivationRule(rule, [.. patterns], target.Id, derive.Outcome!.Value, derive.Reason, elementPattern,
                [.. patterns.Select(p => p.List).Distinct().Order(StringComparer.Ordinal)]));
        }

        return result;
    }

    /// <summary>Criteria and indicators with their levels in the dependency graph (validation has refused cycles and unknown ids).</summary>
    public (List<CompiledCriterion>, List<CompiledIndicator>) Levels(List<CompiledCriterion> criteria, List<CompiledIndicator> indicators) =>
        new DependencyGraph(criteria, indicators).Resolve();

    /// <summary>The fields of element variable <paramref name="name"/> the conditions read; null when one uses it whole.</summary>
    private static System.Collections.Immutable.ImmutableArray<string>? ElementFields(List<BoundCondition> conditions, string name)
    {
        var paths = conditions.SelectMany(c => c.EvidencePaths).ToList();
        if (paths.Contains(name) || conditions.Any(c => c.UsesWhole(name)))
        {
            return null;
        }

        var prefix = name + ".";
        return [.. paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p[prefix.Length..]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The criteria (<see cref="ReferenceKind.Outcome"/>) or indicators a condition reads; <c>outcome()</c> of a banded
    /// indicator reads the indicator's finding.
    /// </summary>
    private System.Collections.Immutable.ImmutableArray<string> Dependencies(IEnumerable<BoundCondition> conditions, ReferenceKind kind) =>
        [.. conditions.SelectMany(c => c.References)
            .Where(r => kind == ReferenceKind.Outcome ? r.Kind == ReferenceKind.Outcome && _criteria.Contains(r.Id!) : r.Kind == ReferenceKind.Indicator || !_criteria.Contains(r.Id!))
            .Select(r => r.Id!).Distinct().Order(StringComparer.Ordinal)];

    private bool Sensitive(IEnumerable<string> paths, IEnumerable<KeyValuePair<string, RecordType>> variables) =>
        catalog.EvidenceSchema is { } schema && SensitiveEvidence.Reads(paths, schema, bound.Environment.Types.Root, variables.ToDictionary(StringComparer.Ordinal));
}
