using System.Collections.Immutable;
using InclusionStandards.Rules.Builder;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>The 50 rules of the reference workload, written with the engine's C# builder.</summary>
public static class WorkloadRules
{
    public static readonly string[] AggregatePrefixes = ["m1", "m", "req", "m1", "m"];
    public static readonly double[] AggregateLimits = [600, 1100, 300, 650, 1150];

    public static ImmutableArray<RuleDefinition> Build()
    {
        var set = new RuleSetBuilder();
        for (var i = 0; i < 28; i++)
        {
            var id = $"T{i:00}";
            var name = $"m{i % 20}";
            double threshold = 85 + (i % 10);
            var severity = 1 + (i % 3);
            set.Rule(id)
                .When(w => w.Match<Metric>("m", m => m.Name == name && m.Value > threshold))
                .Then(ctx => ctx.Insert(new Finding(ctx.Get<Metric>("m").Org, id, severity)));
        }

        for (var j = 0; j < 10; j++)
        {
            var id = $"J{j:00}";
            var tier = j % 3;
            var name = $"m{(j * 3) % 20}";
            double limit = 10 + j;
            set.Rule(id)
                .When(w => w
                    .Match<Org>("o", o => o.Tier == tier)
                    .Match<Metric>("m", (Metric m, Org o) => m.Name == name && m.Value < limit && m.Org == o.Id))
                .Then(ctx => ctx.Insert(new Finding(ctx.Get<Org>("o").Id, id, 2)));
        }

        for (var a = 0; a < 5; a++)
        {
            var id = $"A{a:00}";
            var prefix = AggregatePrefixes[a];
            var limit = AggregateLimits[a];
            set.Rule(id)
                .When(w => w
                    .Match<Org>("o")
                    .Sum<Metric>("total", "x", x => x.Value, (Metric x, Org o) => x.Name.StartsWith(prefix, StringComparison.Ordinal) && x.Org == o.Id)
                    .Where((double total) => total > limit))
                .Then(ctx => ctx.Insert(new Finding(ctx.Get<Org>("o").Id, id, 2)));
        }

        for (var n = 0; n < 5; n++)
        {
            var id = $"N{n:00}";
            var name = $"req{n}";
            set.Rule(id)
                .When(w => w
                    .Match<Org>("o")
                    .Not<Metric>("r", (Metric r, Org o) => r.Name == name && r.Org == o.Id))
                .Then(ctx => ctx.Insert(new Finding(ctx.Get<Org>("o").Id, id, 3)));
        }

        set.Rule("C00").Salience(-10)
            .When(w => w
                .Match<Org>("o")
                .Exists<Finding>("f", (Finding f, Org o) => f.Severity >= 3 && f.Org == o.Id))
            .Then(ctx => ctx.Insert(new OrgFlag(ctx.Get<Org>("o").Id, "has-severe")));
        set.Rule("C01").Salience(-20)
            .When(w => w
                .Match<Org>("o")
                .Collect<Finding>("fs", "f", (Finding f, Org o) => f.Org == o.Id)
                .Where((IReadOnlyList<Finding> fs) => fs.Count >= 3))
            .Then(ctx => ctx.Insert(new OrgFlag(ctx.Get<Org>("o").Id, "many-findings")));
        return set.Build();
    }
}
