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
internal sealed class EngineRunner : IEngineRunner
{
    private readonly ISessionFactory _factory;
    private readonly EnginePlan _plan;

    private EngineRunner(ISessionFactory factory, EnginePlan plan)
    {
        _factory = factory;
        _plan = plan;
    }

    /// <summary>Compiles the rules; <see langword="null"/>, with an EVL110 error, when the engine rejects them.</summary>
    public static EngineRunner? Create(EnginePlan plan, List<Diagnostics.Diagnostic> diagnostics)
    {
        var set = new RuleSetBuilder();
        var lists = plan.Lists;
        var evaluator = plan.Evaluator;
        var derivations = plan.Derivations;
        foreach (var r in plan.Rules)
        {
            var rule = r;
            set.Rule(rule.EngineName).Salience(1).Metadata("target", rule.Criterion)
                .When(w => Revisions(w.Match<EvaluationFacts>("ctx"), plan.ListsRead(rule.Lists)))
                .Then(ctx => ctx.InsertLogical(derivations.Evaluate(rule, ctx.Get<EvaluationFacts>("ctx"))));
        }

        foreach (var i in plan.Indicators)
        {
            set.Rule($"indicator:{i.Id}").Salience(-2 * i.Level).Metadata("target", i.Id)
                .When(w => Dependencies(Revisions(w.Match<EvaluationFacts>("ctx"), plan.ListsRead(i.Value.EvidencePaths)), i.OutcomeDependencies, i.IndicatorDependencies))
                .Then(ctx => ctx.InsertLogical(evaluator.Evaluate(i, ctx.Get<EvaluationFacts>("ctx"), Derived(ctx))));
        }

        foreach (var c in plan.Criteria)
        {
            var ruleIds = plan.RulesOn(c.Id);
            var read = plan.ListsRead(EnginePlan.Paths(c));
            if (c.ForEach is not null)
            {
                var id = c.Id;
                set.Rule($"criterion:{c.Id}:element").Salience(-2 * c.Level).Metadata("target", c.Id)
                    .When(w => Dependencies(Revisions(w.Match<EvaluationFacts>("ctx"), read).Match<ElementView>("element", (Expression<Func<ElementView, bool>>)(e => e.CriterionId == id)), c.OutcomeDependencies, c.IndicatorDependencies, ruleIds))
                    .Then(ctx => ctx.InsertLogical(evaluator.Evaluate(c, ctx.Get<EvaluationFacts>("ctx"), ctx.Get<ElementView>("element").Element, Derived(ctx))));
                set.Rule($"criterion:{c.Id}:roll-up").Salience((-2 * c.Level) - 1).Metadata("target", c.Id)
                    .When(w => Dependencies(w.Match<EvaluationFacts>("ctx"), [], [], ruleIds).Collect<CriterionFinding>("items", "item", (Expression<Func<CriterionFinding, bool>>)(item => item.CriterionId == id && item.Subject != null)))
                    .Then(ctx => ctx.InsertLogical(evaluator.RollUp(c, ctx.Get<EvaluationFacts>("ctx"), ctx.Get<IReadOnlyList<CriterionFinding>>("items"), Derived(ctx))));
            }
            else
            {
                set.Rule($"criterion:{c.Id}").Salience(-2 * c.Level).Metadata("target", c.Id)
                    .When(w => Dependencies(Revisions(w.Match<EvaluationFacts>("ctx"), read), c.OutcomeDependencies, c.IndicatorDependencies, ruleIds))
                    .Then(ctx => ctx.InsertLogical(evaluator.Evaluate(c, ctx.Get<EvaluationFacts>("ctx"), null, Derived(ctx))));
            }
        }

        try
        {
            return new EngineRunner(RuleCompiler.Compile(set.Build()), plan);
        }
        catch (Exception e) when (e is RuleDefinitionException or NotImplementedException or NotSupportedException)
        {
            diagnostics.Add(StandardsEngine.Refused("own", e.Message));
            return null;
        }
    }

    public FindingSet Run(EvaluationFacts facts, IReadOnlyList<ElementFact> elements) => Collect(Session(facts, elements));

    ILiveSession IEngineRunner.Start(EvaluationFacts facts, IReadOnlyList<ElementFact> elements)
    {
        var session = Session(facts, elements);
        return new Live(session, [.. session.Query<ElementView>()], [.. session.Query<ListRevision>()]);
    }

    /// <summary>A session with the organisation's facts inserted and all rules fired.</summary>
    private ISession Session(EvaluationFacts facts, IReadOnlyList<ElementFact> elements)
    {
        var session = _factory.CreateSession();
        session.Insert(facts);
        var (revisions, views) = _plan.StartingFacts(elements);
        foreach (var revision in revisions)
        {
            session.Insert(revision);
        }

        session.InsertAll(views);
        session.Fire();
        return session;
    }

    /// <summary>The findings a session holds now, and the rules it has fired so far.</summary>
    private static FindingSet Collect(ISession session)
    {
        var firings = session.Firings
            .Select(f => (f.Rule.Name, f.Rule.Metadata.GetValueOrDefault("target", f.Rule.Name)))
            .ToImmutableArray();
        return new FindingSet([.. session.Query<CriterionFinding>()], [.. session.Query<IndicatorFinding>()], firings);
    }

    private sealed class Live(ISession session, IReadOnlyList<ElementView> views, IReadOnlyList<ListRevision> revisions) : ILiveSession
    {
        public IReadOnlyList<ElementView> Views => views;

        public IReadOnlyList<ListRevision> Revisions => revisions;

        public void Update(object fact) => session.Update(fact);

        public int Fire() => session.Fire();

        public FindingSet Findings() => Collect(session);
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
    private static WhenBuilder Revisions(WhenBuilder w, ImmutableArray<string> read)
    {
        for (var k = 0; k < read.Length; k++)
        {
            var name = read[k];
            w = w.Match<ListRevision>($"revision{k}", (Expression<Func<ListRevision, bool>>)(r => r.List == name));
        }

        return w;
    }

    private static DerivedValues Derived(IActionContext ctx) =>
        new(ctx.Facts.OfType<CriterionFinding>(), ctx.Facts.OfType<IndicatorFinding>(), ctx.Facts.OfType<RuleResult>());
}
