using InclusionStandards.Rules.Builder;
using InclusionStandards.Rules.Compilation;

namespace InclusionStandards.Rules.Tests.Engine.Properties;

/// <summary>Turns rule specs into engine rules (logical insertion of <see cref="Out"/>) and evaluates them naively.</summary>
internal static class RandomRules
{
    /// <summary>Compiles with interpreted conditions: thousands of small rule sets, each run on a few facts.</summary>
    public static ISessionFactory Compile(RuleSpec[] specs)
    {
        var set = new RuleSetBuilder();
        for (var i = 0; i < specs.Length; i++)
        {
            Add(set, $"r{i}", specs[i], i);
        }

        return NetworkBuilder.Build(set.Build(), interpret: true);
    }

    private static void Add(RuleSetBuilder set, string name, RuleSpec spec, int index)
    {
        var c = spec.C;
        var rule = set.Rule(name).Salience(spec.Salience);
        Action<IActionContext> outA = ctx => ctx.InsertLogical(new Out(name, ctx.Get<A>("a").Id, -1));
        switch (spec.Shape)
        {
            case Shape.Join:
                rule.When(w => w.Match<A>("a").Match<B>("b", (B b, A a) => b.K == a.K))
                    .Then(ctx => ctx.InsertLogical(new Out(name, ctx.Get<A>("a").Id, ctx.Get<B>("b").Id)));
                break;
            case Shape.JoinLess:
                rule.When(w => w.Match<A>("a").Match<B>("b", (B b, A a) => b.V < a.V))
                    .Then(ctx => ctx.InsertLogical(new Out(name, ctx.Get<A>("a").Id, ctx.Get<B>("b").Id)));
                break;
            case Shape.Not:
                rule.When(w => w.Match<A>("a").Not<B>("b", (B b, A a) => b.K == a.K && b.V >= c)).Then(outA);
                break;
            case Shape.Exists:
                rule.When(w => w.Match<A>("a").Exists<B>("b", (B b, A a) => b.K == a.K && b.V >= c)).Then(outA);
                break;
            case Shape.Count:
                rule.When(w => w.Match<A>("a").Count<B>("n", "b", (B b, A a) => b.K == a.K).Where((int n) => n >= c)).Then(outA);
                break;
            case Shape.Sum:
                rule.When(w => w.Match<A>("a").Sum<B>("s", "b", b => b.V, (B b, A a) => b.K == a.K).Where((double s) => s > c)).Then(outA);
                break;
            case Shape.ForAll:
                rule.When(w => w.Match<A>("a").ForAll<B>("b", (B b, A a) => b.K == a.K, (B b) => b.V >= c)).Then(outA);
                break;
            case Shape.Chain when index > 0:
                rule.When(w => w.Match<Out>("o", o => o.Rule == "r0"))
                    .Then(ctx => ctx.InsertLogical(new Out(name, ctx.Get<Out>("o").A, ctx.Get<Out>("o").B)));
                break;
            default:
                rule.When(w => w.Match<A>("a", a => a.V >= c)).Then(outA);
                break;
        }
    }

    /// <summary>The matches each rule has over the final facts, as the derived facts it should leave.</summary>
    public static List<Out> Naive(RuleSpec[] specs, IReadOnlyList<A> As, IReadOnlyList<B> Bs)
    {
        var result = new List<Out>();
        for (var i = 0; i < specs.Length; i++)
        {
            var name = $"r{i}";
            var c = specs[i].C;
            if (specs[i].Shape == Shape.Chain && i > 0)
            {
                result.AddRange(result.Where(o => o.Rule == "r0").Select(o => o with { Rule = name }).ToList());
                continue;
            }

            foreach (var a in As)
            {
                var same = Bs.Where(b => b.K == a.K).ToList();
                switch (specs[i].Shape)
                {
                    case Shape.Join:
                        result.AddRange(same.Select(b => new Out(name, a.Id, b.Id)));
                        continue;
                    case Shape.JoinLess:
                        result.AddRange(Bs.Where(b => b.V < a.V).Select(b => new Out(name, a.Id, b.Id)));
                        continue;
                }

                var holds = specs[i].Shape switch
                {
                    Shape.Not => !same.Any(b => b.V >= c),
                    Shape.Exists => same.Any(b => b.V >= c),
                    Shape.Count => same.Count >= c,
                    Shape.Sum => same.Sum(b => (double)b.V) > c,
                    Shape.ForAll => same.All(b => b.V >= c),
                    _ => a.V >= c,
                };
                if (holds)
                {
                    result.Add(new Out(name, a.Id, -1));
                }
            }
        }

        return result;
    }

    public static List<string> Describe(IEnumerable<Out> outs) => outs.Select(o => o.ToString()).Order(StringComparer.Ordinal).ToList();
}
