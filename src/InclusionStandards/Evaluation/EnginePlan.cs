using System.Collections.Immutable;
using InclusionStandards.Compilation;

namespace InclusionStandards.Evaluation;

/// <summary>
/// What an engine is given to prepare: the compiled criteria, indicators and rules in dependency order (levels), the
/// evaluators that compute each finding (the same for every engine: engines only order and re-run them), and the
/// lists whose revisions rules match. Immutable.
/// </summary>
internal sealed class EnginePlan
{
    public EnginePlan(ImmutableArray<CompiledCriterion> criteria, ImmutableArray<CompiledIndicator> indicators, ImmutableArray<CompiledDerivationRule> rules, CriterionEvaluator evaluator, DerivationEvaluator derivations, IEnumerable<string> rootLists)
    {
        Criteria = criteria;
        Indicators = indicators;
        Rules = rules;
        Evaluator = evaluator;
        Derivations = derivations;
        Lists = [.. criteria.Select(c => c.ForEach?.List).OfType<string>().Concat(rules.SelectMany(r => r.Lists)).Concat(rootLists).Distinct().Order(StringComparer.Ordinal)];
        PerElement = [.. criteria.Where(c => c.ForEach is not null).Select(c => (c.Id, c.ForEach!.List))];
    }

    public ImmutableArray<CompiledCriterion> Criteria { get; }

    public ImmutableArray<CompiledIndicator> Indicators { get; }

    public ImmutableArray<CompiledDerivationRule> Rules { get; }

    public CriterionEvaluator Evaluator { get; }

    public DerivationEvaluator Derivations { get; }

    /// <summary>The lists with a revision fact: those iterated or read by rules, and every root list of records.</summary>
    public ImmutableArray<string> Lists { get; }

    /// <summary>The per-element criteria and the list each iterates.</summary>
    public ImmutableArray<(string Criterion, string List)> PerElement { get; }

    /// <summary>The ids of the <c>kind: rules</c> rules that derive findings on a criterion.</summary>
    public ImmutableArray<string> RulesOn(string criterionId) => [.. Rules.Where(r => r.Criterion == criterionId).Select(r => r.Id)];

    /// <summary>The lists (among <see cref="Lists"/>) that conditions reading <paramref name="paths"/> read through the root.</summary>
    public ImmutableArray<string> ListsRead(IEnumerable<string> paths)
    {
        var all = paths.ToList();
        return [.. Lists.Where(l => all.Any(p => p == l || p.StartsWith(l + ".", StringComparison.Ordinal) || p.StartsWith(l + "[", StringComparison.Ordinal)))];
    }

    /// <summary>The evidence paths a criterion's conditions read.</summary>
    public static IEnumerable<string> Paths(CompiledCriterion c) =>
        new[] { c.Applies, c.Met, c.PartiallyMet }.OfType<Conditions.CompiledCondition>().SelectMany(x => x.EvidencePaths);

    /// <summary>The revision facts and element views an engine session starts with (besides the evaluation fact).</summary>
    public (List<ListRevision> Revisions, List<ElementView> Views) StartingFacts(IReadOnlyList<ElementFact> elements)
    {
        var revisions = Lists.Select(l => new ListRevision(l)).ToList();
        var views = new List<ElementView>();
        foreach (var (criterion, list) in PerElement)
        {
            foreach (var element in elements)
            {
                if (element.List == list)
                {
                    views.Add(new ElementView(criterion, element));
                }
            }
        }

        return (revisions, views);
    }
}
