using FsCheck;
using FsCheck.Fluent;

namespace InclusionStandards.Rules.Tests.Engine.Properties;

/// <summary>
/// Properties of the network over random rule sets and random insert / update / retract / fire sequences: the
/// session agrees with a naive evaluator, does not depend on insertion order, and retraction undoes insertion.
/// </summary>
public class EnginePropertyTests
{
    private const int Cases = 1000;

    private static readonly Gen<RuleSpec> RuleGen =
        from shape in Gen.Elements(Enum.GetValues<Shape>())
        from c in Gen.Choose(0, 4)
        from salience in Gen.Elements(0, 0, 1, -1)
        select new RuleSpec(shape, c, salience);

    private static readonly Gen<RuleSpec[]> RulesGen = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(RuleGen, n));

    private static readonly Gen<Op> OpGen =
        from kind in Gen.Frequency((3, Gen.Constant(OpKind.InsertA)), (4, Gen.Constant(OpKind.InsertB)), (2, Gen.Constant(OpKind.Update)),
            (2, Gen.Constant(OpKind.Retract)), (1, Gen.Constant(OpKind.Fire)))
        from pick in Gen.Choose(0, 20)
        from k in Gen.Choose(0, 2)
        from v in Gen.Choose(0, 4)
        select new Op(kind, pick, k, v);

    private static readonly Gen<Scenario> ScenarioGen =
        from rules in RulesGen
        from n in Gen.Choose(0, 14)
        from ops in Gen.ArrayOf(OpGen, n)
        select new Scenario(rules, ops);

    [Fact]
    public void Session_RandomOperations_MatchesNaiveEvaluationOfFinalFacts()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Arb.From(ScenarioGen), scenario =>
        {
            var session = RandomRules.Compile(scenario.Rules).CreateSession();
            var (As, Bs) = Apply(session, scenario.Ops);
            session.Fire();

            var expected = RandomRules.Describe(RandomRules.Naive(scenario.Rules, As, Bs));
            var actual = RandomRules.Describe(session.Query<Out>());
            return expected.SequenceEqual(actual);
        }));
    }

    [Fact]
    public void Session_FactsInsertedInAnyOrder_SameResults()
    {
        var gen = from scenario in ScenarioGen
                  from order in Gen.Shuffle(Enumerable.Range(0, scenario.Ops.Length).ToArray())
                  select (scenario, order);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Arb.From(gen), input =>
        {
            var facts = Facts(input.scenario.Ops);
            var factory = RandomRules.Compile(input.scenario.Rules);
            var first = factory.CreateSession();
            first.InsertAll(facts);
            var second = factory.CreateSession();
            second.InsertAll(input.order.Where(i => i < facts.Count).Select(i => facts[i]));

            return first.Fire() == second.Fire() &&
                   RandomRules.Describe(first.Query<Out>()).SequenceEqual(RandomRules.Describe(second.Query<Out>()));
        }));
    }

    [Fact]
    public void Session_InsertThenRetract_LeavesNoTraceIncludingDerivedFacts()
    {
        var gen = from scenario in ScenarioGen
                  from extra in Gen.ArrayOf(OpGen, 4)
                  select (scenario, extra);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Arb.From(gen), input =>
        {
            var session = RandomRules.Compile(input.scenario.Rules).CreateSession();
            session.InsertAll(Facts(input.scenario.Ops));
            session.Fire();
            var before = Snapshot(session);

            var extra = Facts(input.extra, firstId: 1000);
            session.InsertAll(extra);
            session.Fire();
            session.RetractAll(extra);
            session.Fire();

            return before.SequenceEqual(Snapshot(session));
        }));
    }

    private static (List<A>, List<B>) Apply(ISession session, Op[] ops)
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
