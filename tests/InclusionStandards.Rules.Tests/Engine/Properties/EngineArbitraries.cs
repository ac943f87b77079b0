using FsCheck;
using FsCheck.Fluent;

namespace InclusionStandards.Rules.Tests.Engine.Properties;

/// <summary>A scenario and an order to insert its facts in.</summary>
public sealed record ShuffledScenario(Scenario Scenario, int[] Order);

/// <summary>A scenario and further operations whose facts are inserted, then retracted.</summary>
public sealed record ScenarioWithExtra(Scenario Scenario, Op[] Extra);

/// <summary>The generators of the engine's property tests: random rule sets and insert / update / retract / fire sequences.</summary>
public static class EngineArbitraries
{
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

    public static Arbitrary<Scenario> Scenarios() => Arb.From(ScenarioGen);

    public static Arbitrary<ShuffledScenario> Shuffled() => Arb.From(
        from scenario in ScenarioGen
        from order in Gen.Shuffle(Enumerable.Range(0, scenario.Ops.Length).ToArray())
        select new ShuffledScenario(scenario, order));

    public static Arbitrary<ScenarioWithExtra> WithExtra() => Arb.From(
        from scenario in ScenarioGen
        from extra in Gen.ArrayOf(OpGen, 4)
        select new ScenarioWithExtra(scenario, extra));
}
