using System.Collections.Immutable;
using System.Linq.Expressions;
using InclusionStandards.Compilation;
using InclusionStandards.Rules;
using InclusionStandards.Rules.Builder;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Derives findings with the Rete engine. Each indicator and criterion becomes a rule that matches the evaluation
/// fact (or one element fact, for per-element criteria) and the derived facts it reads through <c>outcome()</c>
/// and <c>indicator()</c>; its action inserts its finding logically (truth maintenance). A per-element criterion
/// also gets a roll-up rule that collects its element findings. Salience follows the dependency levels, so a
/// roll-up fires after all its elements. The compiled rule set is immutable; one session per organisation.
/// </summary>
internal sealed class EngineRunner
{
    private readonly ISessionFactory _factory;
    private readonly ImmutableArray<string> _lists;

    private readonly ImmutableArray<(string Criterion, string List)> _perElement;

    private EngineRunner(ISessionFactory factory, ImmutableArray<string> lists, ImmutableArray<(string Criterion, string List)> perElement)
    {
        _factory = factory;
        _lists = lists;
        _perElement = perElement;
    }

    /// <summary>Compiles the rules; <see langword="null"/> when the engine rejects them (the direct runner is used then).</summary>
    public static EngineRunner? TryCreate(ImmutableArray<CompiledCriterion> criteria, ImmutableArray<CompiledIndicator> indicators, ImmutableArray<CompiledDerivationRule> rules, CriterionEvaluator evaluator, DerivationEvaluator derivations, IEnumerable<string>? rootLists = null)
    {
        var set = new RuleSetBuilder();
        ImmutableArray<string> lists = [.. criteria.Select(c => c.ForEach?.List).OfType<string>().Concat(rules.SelectMany(r => r.Lists)).Concat(rootLists ?? []).Distinct().Order(StringComparer.Ordinal)];
        ImmutableArray<(string Criterion, string List)> perElement = [.. criteria.Where(c => c.ForEach is not null).Select(c => (c.Id, c.ForEach!.List))];
        foreach (var r in rules)
        {
            var rule = r;
            set.Rule(rule.EngineName).Salience(1).Metadata("target", rule.Criterion)
                .When(w => Revisions(w.Match<EvaluationFacts>("ctx"), lists, rule.Lists))
                .Then(ctx => ctx.InsertLogical(derivations.Evaluate(rule, ctx.Get<EvaluationFacts>("ctx"))));
        }

        foreach (var i in indicators)
        {
            set.Rule($"indicator:{i.Id}").Salience(-2 * i.Level).Metadata("target", i.Id)
                .When(w => Dependencies(Revisions(w.Match<EvaluationFacts>("ctx"), lists, i.Value.EvidencePaths), i.OutcomeDependencies, i.IndicatorDependencies))
                .Then(ctx => ctx.InsertLogical(evaluator.Evaluate(i, ctx.Get<EvaluationFacts>("ctx"), Derived(ctx))));
        }

        foreach (var c in criteria)
        {
            var ruleIds = rules.Where(r => r.Criterion == c.Id).Select(r => r.Id).ToImmutableArray();
            if (c.ForEach is { } each)
            {
                var list = each.List;
                var id = c.Id;
                set.Rule($"criterion:{c.Id}:element").Salience(-2 * c.Level).Metadata("target", c.Id)
                    .When(w => Dependencies(Revisions(w.Match<EvaluationFacts>("ctx"), lists, Paths(c)).Match<ElementView>("element", (Expression<Func<ElementView, bool>>)(e => e.CriterionId == id)), c.OutcomeDependencies, c.IndicatorDependencies, ruleIds))
                    .Then(ctx => ctx.InsertLogical(evaluator.Evaluate(c, ctx.Get<EvaluationFacts>("ctx"), ctx.Get<ElementView>("element").Element, Derived(ctx))));
                set.Rule($"criterion:{c.Id}:roll-up").Salience((-2 * c.Level) - 1).Metadata("target", c.Id)
                    .When(w => Dependencies(w.Match<EvaluationFacts>("ctx"), [], [], ruleIds).Collect<CriterionFinding>("items", "item", (Expression<Func<CriterionFinding, bool>>)(item => item.CriterionId == id && item.Subject != null)))
                    .Then(ctx => ctx.InsertLogical(evaluator.RollUp(c, ctx.Get<EvaluationFacts>("ctx"), ctx.Get<IReadOnlyList<CriterionFinding>>("items"), Derived(ctx))));
            }
            else
            {
                set.Rule($"criterion:{c.Id}").Salience(-2 * c.Level).Metadata("target", c.Id)
                    .When(w => Dependencies(Revisions(w.Match<EvaluationFacts>("ctx"), lists, Paths(c)), c.OutcomeDependencies, c.IndicatorDependencies, ruleIds))
                    .Then(ctx => ctx.InsertLogical(evaluator.Evaluate(c, ctx.Get<EvaluationFacts>("ctx"), null, Derived(ctx))));
            }
        }

        try
        {
            return new EngineRunner(RuleCompiler.Compile(set.Build()), lists, perElement);
        }
        catch (Exception e) when (e is RuleDefinitionException or NotImplementedException or NotSupportedException)
        {
            return null;
        }
    }

    public FindingSet Run(EvaluationFacts facts, IReadOnlyList<ElementFact> elements) => Collect(Start(facts, elements));

    /// <summary>A session with the organisation's facts inserted and all rules fired; it stays live for updates.</summary>
    public ISession Start(EvaluationFacts facts, IReadOnlyList<ElementFact> elements)
    {
        var session = _factory.CreateSession();
        session.Insert(facts);
        foreach (var list in _lists)
        {
            session.Insert(new ListRevision(list));
        }

        var views = new List<ElementView>();
        foreach (var (criterion, list) in _perElement)
        {
            foreach (var element in elements)
            {
                if (element.List == list)
                {
                    views.Add(new ElementView(criterion, element));
                }
            }
        }

        session.InsertAll(views);
        session.Fire();
        return session;
    }

    /// <summary>The findings a session holds now, and the rules it has fired so far.</summary>
    public static FindingSet Collect(ISession session)
    {
        var firings = session.Firings
            .Select(f => (f.Rule.Name, f.Rule.Metadata.GetValueOrDefault("target", f.Rule.Name)))
            .ToImmutableArray();
        return new FindingSet([.. session.Query<CriterionFinding>()], [.. session.Query<IndicatorFinding>()], firings);
    }

    private static WhenBuilder Dependencies(WhenBuilder w, ImmutableArray<string> outcomes, ImmutableArray<string> indicatorIds, ImmutableArray<string> ruleIds = default)
    {
        for (var k = 0; k < (ruleIds.IsDefault ? 0 : ruleIds.Length); k++)
        {
            var rule = ruleIds[k];
            w = w.Match<RuleResult>($"rule{k}", (Expression<Func<RuleResult, bool>>)(r => r.RuleId == rule));
        }

        for (var k = 0; k < outcomes.Length; k++)
        {
            var dep = outcomes[k];
            w = w.Match<CriterionFinding>($"outcome{k}", (Expression<Func<CriterionFinding, bool>>)(f => f.CriterionId == dep && f.Subject == null));
        }

        for (var k = 0; k < indicatorIds.Length; k++)
        {
            var dep = indicatorIds[k];
            w = w.Match<IndicatorFinding>($"indicator{k}", (Expression<Func<IndicatorFinding, bool>>)(f => f.IndicatorId == dep));
        }

        return w;
    }

    /// <summary>Adds a match on the revision of every element list the conditions read through the root.</summary>
    private static WhenBuilder Revisions(WhenBuilder w, ImmutableArray<string> lists, IEnumerable<string> paths)
    {
        var read = lists.Where(l => paths.Any(p => p == l || p.StartsWith(l + ".", StringComparison.Ordinal) || p.StartsWith(l + "[", StringComparison.Ordinal))).ToList();
        for (var k = 0; k < read.Count; k++)
        {
            var name = read[k];
            w = w.Match<ListRevision>($"revision{k}", (Expression<Func<ListRevision, bool>>)(r => r.List == name));
        }

        return w;
    }

    /// <summary>The evidence paths a criterion's conditions read.</summary>
    internal static IEnumerable<string> Paths(CompiledCriterion c) =>
        new[] { c.Applies, c.Met, c.PartiallyMet }.OfType<Conditions.CompiledCondition>().SelectMany(x => x.EvidencePaths);

    private static DerivedValues Derived(IActionContext ctx) =>
        new(ctx.Facts.OfType<CriterionFinding>(), ctx.Facts.OfType<IndicatorFinding>(), ctx.Facts.OfType<RuleResult>());
}
