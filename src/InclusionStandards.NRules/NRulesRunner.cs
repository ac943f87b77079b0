using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;
using NRules;
using NRules.RuleModel;

namespace InclusionStandards.NRules;

/// <summary>
/// A catalog's rules compiled by NRules (<see cref="NRulesRules"/>), run one session per organisation. Facts are
/// compared by reference (NRules compares facts with <c>Equals</c> by default, and findings are value-equal records);
/// query results are put in the built-in engine's order, which does not depend on NRules' dictionaries; a session
/// that does not settle within <see cref="MaxFirings"/> firings is an error, never a silently partial result.
/// </summary>
internal sealed class NRulesRunner : IEngineRunner
{
    /// <summary>The most rules one session may fire at once (far above what an acyclic catalog needs).</summary>
    public const int MaxFirings = 10_000_000;

    private readonly ISessionFactory _factory;
    private readonly EnginePlan _plan;

    private NRulesRunner(ISessionFactory factory, EnginePlan plan)
    {
        _factory = factory;
        _plan = plan;
    }

    /// <summary>Compiles the rules; <see langword="null"/>, with an EVL110 error, when NRules refuses them.</summary>
    public static NRulesRunner? Create(EnginePlan plan, List<Diagnostic> diagnostics, string engine)
    {
        try
        {
            var compiler = new RuleCompiler(new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual });
            compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
            return new NRulesRunner(compiler.Compile(NRulesRules.Build(plan)), plan);
        }
        catch (Exception e) when (e is RuleCompilationException or ArgumentException or InvalidOperationException or NotImplementedException or NotSupportedException)
        {
            diagnostics.Add(StandardsEngine.Refused(engine, e.Message));
            return null;
        }
    }

    public FindingSet Run(EvaluationFacts facts, IReadOnlyList<ElementFact> elements) => Start(facts, elements).Findings();

    ILiveSession IEngineRunner.Start(EvaluationFacts facts, IReadOnlyList<ElementFact> elements) => Start(facts, elements);

    private Live Start(EvaluationFacts facts, IReadOnlyList<ElementFact> elements)
    {
        var session = _factory.CreateSession();
        var live = new Live(session);
        session.Insert(facts);
        var (revisions, views) = _plan.StartingFacts(elements);
        session.InsertAll(revisions);
        session.InsertAll(views);
        live.Revisions = revisions;
        live.Views = views;
        live.Fire();
        return live;
    }

    private sealed class Live : ILiveSession
    {
        private readonly ISession _session;
        private readonly List<(string Rule, string Target)> _firings = [];

        public Live(ISession session)
        {
            _session = session;
            session.Events.RuleFiredEvent += (_, e) =>
                _firings.Add((e.Rule.Name, e.Rule.Properties[NRulesRules.Target] as string ?? e.Rule.Name));
        }

        public IReadOnlyList<ElementView> Views { get; set; } = [];

        public IReadOnlyList<ListRevision> Revisions { get; set; } = [];

        public void Update(object fact) => _session.Update(fact);

        public int Fire()
        {
            var fired = _session.Fire(MaxFirings);
            if (fired == MaxFirings && !_session.Agenda.IsEmpty)
            {
                throw new InvalidOperationException($"NRules did not settle within {MaxFirings:N0} rule firings; the rules re-activate each other.");
            }

            return fired;
        }

        public FindingSet Findings() => new(
            [.. _session.Query<CriterionFinding>().AsEnumerable().OrderBy(f => f.CriterionId, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal)],
            [.. _session.Query<IndicatorFinding>().AsEnumerable().OrderBy(f => f.IndicatorId, StringComparer.Ordinal)],
            [.. _firings]);
    }
}
