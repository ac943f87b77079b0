using System.Collections.Immutable;
using InclusionStandards.Compilation;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Derives the findings by evaluating criteria and indicators in dependency order (levels), without the engine.
/// The reference ("naive") evaluator the engines' results are checked against (<see cref="StandardsEngine.Direct"/>).
/// It keeps no session. Thread-safe.
/// </summary>
internal sealed class DirectRunner(EnginePlan plan) : IEngineRunner
{
    public ILiveSession? Start(EvaluationFacts facts, IReadOnlyList<ElementFact> elements) => null;

    public FindingSet Run(EvaluationFacts facts, IReadOnlyList<ElementFact> elements)
    {
        var (criteria, indicators, rules, evaluator, derivations) = (plan.Criteria, plan.Indicators, plan.Rules, plan.Evaluator, plan.Derivations);
        var outcomes = new List<CriterionFinding>();
        var values = new List<IndicatorFinding>();
        var firings = new List<(string, string)>();
        var ruleResults = new List<RuleResult>();
        foreach (var rule in rules)
        {
            ruleResults.Add(derivations.Evaluate(rule, facts));
            firings.Add((rule.EngineName, rule.Criterion));
        }

        var maxLevel = Math.Max(criteria.Select(c => c.Level).DefaultIfEmpty(0).Max(), indicators.Select(i => i.Level).DefaultIfEmpty(0).Max());
        for (var level = 0; level <= maxLevel; level++)
        {
            var derived = new DerivedValues(outcomes, values, ruleResults);
            foreach (var indicator in indicators.Where(i => i.Level == level))
            {
                values.Add(evaluator.Evaluate(indicator, facts, derived));
                firings.Add(($"indicator:{indicator.Id}", indicator.Id));
            }

            foreach (var criterion in criteria.Where(c => c.Level == level))
            {
                if (criterion.ForEach is { } each)
                {
                    var found = elements.Where(e => e.List == each.List)
                        .Select(e => evaluator.Evaluate(criterion, facts, e, derived)).ToList();
                    firings.AddRange(found.Select(_ => ($"criterion:{criterion.Id}:element", criterion.Id)));
                    outcomes.AddRange(found);
                    outcomes.Add(evaluator.RollUp(criterion, facts, found, derived));
                    firings.Add(($"criterion:{criterion.Id}:roll-up", criterion.Id));
                }
                else
                {
                    outcomes.Add(evaluator.Evaluate(criterion, facts, null, derived));
                    firings.Add(($"criterion:{criterion.Id}", criterion.Id));
                }
            }
        }

        return new FindingSet([.. outcomes], [.. values], [.. firings]);
    }
}
