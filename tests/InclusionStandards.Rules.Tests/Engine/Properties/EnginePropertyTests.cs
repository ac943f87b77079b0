using FsCheck.Xunit;

namespace InclusionStandards.Rules.Tests.Engine.Properties;

/// <summary>
/// Properties of the network over random rule sets and random insert / update / retract / fire sequences: the
/// session agrees with a naive evaluator, does not depend on insertion order, and retraction undoes insertion.
/// </summary>
public class EnginePropertyTests
{
    private const int Cases = 1000;

    [Property(MaxTest = Cases, Arbitrary = [typeof(EngineArbitraries)])]
    public bool Session_RandomOperations_MatchesNaiveEvaluationOfFinalFacts(Scenario scenario)
    {
        var session = RandomRules.Compile(scenario.Rules).CreateSession();
        var (As, Bs) = Apply(session, scenario.Ops);
        session.Fire();

        var expected = RandomRules.Describe(RandomRules.Naive(scenario.Rules, As, Bs));
        var actual = RandomRules.Describe(session.Query<Out>());
        return expected.SequenceEqual(actual);
    }

    /// <summary>
    /// The same random rule sets and operations on NRules 1.0 (<see cref="NRulesRandomRules"/>) leave the same derived
    /// facts as our engine and the naive evaluation: result sets, not firing order.
    /// </summary>
    [Property(MaxTest = Cases, Arbitrary = [typeof(EngineArbitraries)])]
    public void NRules_RandomOperations_LeavesTheSameResultsAsOurEngine(Scenario scenario)
    {
        var ours = RandomRules.Compile(scenario.Rules).CreateSession();
        var (As, Bs) = Apply(ours, scenario.Ops);
        ours.Fire();
        var theirs = NRulesRandomRules.Compile(scenario.Rules).CreateSession();
        Apply(new NRulesSession(theirs), scenario.Ops);
        theirs.Fire();

        var expected = RandomRules.Describe(RandomRules.Naive(scenario.Rules, As, Bs));
        Assert.Equal(expected, RandomRules.Describe(ours.Query<Out>()));
        Assert.Equal(expected, RandomRules.Describe(theirs.Query<Out>()));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(EngineArbitraries)])]
    public bool Session_FactsInsertedInAnyOrder_SameResults(ShuffledScenario input)
    {
        var facts = Facts(input.Scenario.Ops);
        var factory = RandomRules.Compile(input.Scenario.Rules);
        var first = factory.CreateSession();
        first.InsertAll(facts);
        var second = factory.CreateSession();
        second.InsertAll(input.Order.Where(i => i < facts.Count).Select(i => facts[i]));

        return first.Fire() == second.Fire() &&
               RandomRules.Describe(first.Query<Out>()).SequenceEqual(RandomRules.Describe(second.Query<Out>()));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(EngineArbitraries)])]
    public bool Session_InsertThenRetract_LeavesNoTraceIncludingDerivedFacts(ScenarioWithExtra input)
    {
        var session = RandomRules.Compile(input.Scenario.Rules).CreateSession();
        session.InsertAll(Facts(input.Scenario.Ops));
        session.Fire();
        var before = Snapshot(session);

        var extra = Facts(input.Extra, firstId: 1000);
        session.InsertAll(extra);
        session.Fire();
        session.RetractAll(extra);
        session.Fire();

        return before.SequenceEqual(Snapshot(session));
    }

    /// <summary>The operations a scenario applies, on either engine's session.</summary>
    private interface IOperations
    {
        void Insert(object fact);

        void Update(object fact);

        void Retract(object fact);

        void Fire();
    }

    private sealed class OwnSession(ISession session) : IOperations
    {
        public void Insert(object fact) => session.Insert(fact);

        public void Update(object fact) => session.Update(fact);

        public void Retract(object fact) => session.Retract(fact);

        public void Fire() => session.Fire();
    }

    private sealed class NRulesSession(global::NRules.ISession session) : IOperations
    {
        public void Insert(object fact) => session.Insert(fact);

        public void Update(object fact) => session.Update(fact);

        public void Retract(object fact) => session.Retract(fact);

        public void Fire() => session.Fire();
    }

    private static (List<A>, List<B>) Apply(ISession session, Op[] ops) => Apply(new OwnSession(session), ops);

    private static (List<A>, List<B>) Apply(IOperations session, Op[] ops)
    {
        var pool = new List<object>();
        var id = 0;
        foreach (var op in ops)
        {
            switch (op.Kind)
            {
                case OpKind.InsertA or OpKind.InsertB:
                    object fact = op.Kind == OpKind.InsertA ? new A(id++, op.K, op.V) : new B(id++, op.K, op.V);
                    session.Insert(fact);
                    pool.Add(fact);
                    break;
                case OpKind.Update when pool.Count > 0:
                    var target = pool[op.Pick % pool.Count];
                    (target switch { A a => (Action)(() => (a.K, a.V) = (op.K, op.V)), B b => () => (b.K, b.V) = (op.K, op.V), _ => () => { } })();
                    session.Update(target);
                    break;
                case OpKind.Retract when pool.Count > 0:
                    var gone = pool[op.Pick % pool.Count];
                    pool.Remove(gone);
                    session.Retract(gone);
                    break;
                case OpKind.Fire:
                    session.Fire();
                    break;
            }
        }

        return (pool.OfType<A>().ToList(), pool.OfType<B>().ToList());
    }

    /// <summary>The inserts of an operation list, as facts (other operations ignored).</summary>
    private static List<object> Facts(Op[] ops, int firstId = 0)
    {
        var id = firstId;
        return ops.Where(o => o.Kind is OpKind.InsertA or OpKind.InsertB)
            .Select(o => o.Kind == OpKind.InsertA ? (object)new A(id++, o.K, o.V) : new B(id++, o.K, o.V))
            .ToList();
    }

    private static List<string> Snapshot(ISession session) =>
        session.Query<object>().Select(f => f.ToString()!).Order(StringComparer.Ordinal).ToList();
}
