using System.Collections.Immutable;
using System.Linq.Expressions;
using InclusionStandards.Evaluation;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace InclusionStandards.NRules;

/// <summary>
/// Builds the NRules rules of a catalog with the rule model's builders, in the shape of the built-in engine's rules:
/// each matches the evaluation fact, the revisions of the lists its conditions read through the root, its element view
/// (per-element criteria) and the findings it reads through <c>outcome()</c> and <c>indicator()</c>; a per-element
/// criterion also gets a roll-up rule that collects its element findings. Conditions stay opaque: the action computes
/// the finding with the shared evaluators and upserts it as a linked fact (NRules has no logical insert; a linked fact
/// is retracted with its activation, which gives the same truth maintenance). Priority follows the dependency levels.
/// </summary>
internal static class NRulesRules
{
    /// <summary>The rule property naming the criterion or indicator a rule derives (for the rules-fired lists).</summary>
    public const string Target = "target";

    private const string Facts = "facts";
    private const string Key = "finding";

    public static List<IRuleDefinition> Build(EnginePlan plan)
    {
        var rules = new List<IRuleDefinition>();
        var evaluator = plan.Evaluator;
        foreach (var r in plan.Rules)
        {
            var rule = r;
            rules.Add(Rule(rule.EngineName, rule.Criterion, 1, plan.ListsRead(rule.Lists), [], [], [], null,
                m => plan.Derivations.Evaluate(rule, m.Facts)));
        }

        foreach (var i in plan.Indicators)
        {
            var indicator = i;
            rules.Add(Rule($"indicator:{i.Id}", i.Id, -2 * i.Level, plan.ListsRead(i.Value.EvidencePaths), i.OutcomeDependencies, i.IndicatorDependencies, [], null,
                m => evaluator.Evaluate(indicator, m.Facts, m.Derived())));
        }

        foreach (var c in plan.Criteria)
        {
            var criterion = c;
            var ruleIds = plan.RulesOn(c.Id);
            var read = plan.ListsRead(EnginePlan.Paths(c));
            if (c.ForEach is null)
            {
                rules.Add(Rule($"criterion:{c.Id}", c.Id, -2 * c.Level, read, c.OutcomeDependencies, c.IndicatorDependencies, ruleIds, null,
                    m => evaluator.Evaluate(criterion, m.Facts, null, m.Derived())));
                continue;
            }

            rules.Add(Rule($"criterion:{c.Id}:element", c.Id, -2 * c.Level, read, c.OutcomeDependencies, c.IndicatorDependencies, ruleIds,
                lhs => lhs.Pattern(typeof(ElementView), "element").Condition(Conditions.Equal<ElementView>("element", nameof(ElementView.CriterionId), criterion.Id)),
                m => evaluator.Evaluate(criterion, m.Facts, m.Get<ElementView>("element").Element, m.Derived())));
            rules.Add(Rule($"criterion:{c.Id}:roll-up", c.Id, (-2 * c.Level) - 1, [], [], [], ruleIds,
                lhs => Collect(lhs, criterion.Id),
                m => evaluator.RollUp(criterion, m.Facts, m.Get<IEnumerable<CriterionFinding>>("items"), m.Derived())));
        }

        return rules;
    }

    /// <summary>A collection of the element findings of a per-element criterion (empty when it has none).</summary>
    private static void Collect(GroupBuilder lhs, string criterionId)
    {
        var items = lhs.Pattern(typeof(IEnumerable<CriterionFinding>), "items");
        var aggregate = items.Aggregate();
        aggregate.Collect();
        var item = aggregate.Pattern(typeof(CriterionFinding), "item");
        item.Condition(Conditions.Equal<CriterionFinding>("item", nameof(CriterionFinding.CriterionId), criterionId));
        item.Condition(Conditions.Null<CriterionFinding>("item", nameof(CriterionFinding.Subject), isNull: false));
    }

    private static IRuleDefinition Rule(
        string name,
        string target,
        int priority,
        ImmutableArray<string> lists,
        ImmutableArray<string> outcomes,
        ImmutableArray<string> indicators,
        ImmutableArray<string> ruleIds,
        Action<GroupBuilder>? extra,
        Func<Match, object> derive)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Priority(priority);
        builder.Property(Target, target);
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(EvaluationFacts), Facts);
        for (var k = 0; k < lists.Length; k++)
        {
            var pattern = $"revision{k}";
            lhs.Pattern(typeof(ListRevision), pattern).Condition(Conditions.Equal<ListRevision>(pattern, nameof(ListRevision.List), lists[k]));
        }

        extra?.Invoke(lhs);
        for (var k = 0; k < ruleIds.Length; k++)
        {
            var pattern = $"rule{k}";
            lhs.Pattern(typeof(RuleResult), pattern).Condition(Conditions.Equal<RuleResult>(pattern, nameof(RuleResult.RuleId), ruleIds[k]));
        }

        for (var k = 0; k < outcomes.Length; k++)
        {
            var pattern = $"outcome{k}";
            var p = lhs.Pattern(typeof(CriterionFinding), pattern);
            p.Condition(Conditions.Equal<CriterionFinding>(pattern, nameof(CriterionFinding.CriterionId), outcomes[k]));
            p.Condition(Conditions.Null<CriterionFinding>(pattern, nameof(CriterionFinding.Subject)));
        }

        for (var k = 0; k < indicators.Length; k++)
        {
            var pattern = $"indicator{k}";
            lhs.Pattern(typeof(IndicatorFinding), pattern).Condition(Conditions.Equal<IndicatorFinding>(pattern, nameof(IndicatorFinding.IndicatorId), indicators[k]));
        }

        Action<IContext> act = context =>
        {
            var finding = derive(new Match(context));
            if (context.GetLinked(Key) is null)
            {
                context.InsertLinked(Key, finding);
            }
            else
            {
                context.UpdateLinked(Key, finding); // a re-fired activation replaces its finding (inserting twice throws)
            }
        };
        var ctx = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(Expression.Lambda<Action<IContext>>(Expression.Invoke(Expression.Constant(act), ctx), ctx));
        return builder.Build();
    }

    /// <summary>The facts an activation matched.</summary>
    private sealed class Match(IContext context)
    {
        private readonly List<IFactMatch> _facts = [.. context.Match.Facts];

        public EvaluationFacts Facts => Get<EvaluationFacts>(NRulesRules.Facts);

        public T Get<T>(string name) => (T)_facts.First(f => f.Declaration.Name == name).Value!;

        public DerivedValues Derived()
        {
            var values = _facts.Select(f => f.Value).ToList();
            return new(values.OfType<CriterionFinding>(), values.OfType<IndicatorFinding>(), values.OfType<RuleResult>());
        }
    }
}
