using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>
/// The 50 rules of the reference workload for NRules 1.0, built with its rule model's builders (NRules.Runtime only, no
/// Roslyn) in the shape of <see cref="WorkloadRules"/>: the same conditions and priorities, facts inserted by the
/// actions. Each condition on one pattern alone is its own condition (NRules filters with it before joining, the way
/// its fluent DSL is meant to be written); the join on the organisation is a separate condition. The sum and count aggregates are a collect with a condition on the collection (NRules has no built-in
/// sum). Facts are compared by reference, as in our engine.
/// </summary>
public static class NRulesWorkload
{
    public static List<IRuleDefinition> Build()
    {
        var rules = new List<IRuleDefinition>();
        for (var i = 0; i < 28; i++)
        {
            var id = $"T{i:00}";
            var name = $"m{i % 20}";
            double threshold = 85 + (i % 10);
            var severity = 1 + (i % 3);
            var b = Rule(id);
            b.LeftHandSide().Pattern(typeof(Metric), "m").Condition((Expression<Func<Metric, bool>>)(m => m.Name == name && m.Value > threshold));
            b.RightHandSide().Action((Expression<Action<IContext, Metric>>)((ctx, m) => ctx.Insert(new Finding(m.Org, id, severity))));
            rules.Add(b.Build());
        }

        for (var j = 0; j < 10; j++)
        {
            var id = $"J{j:00}";
            var tier = j % 3;
            var name = $"m{(j * 3) % 20}";
            double limit = 10 + j;
            var b = Rule(id);
            var lhs = b.LeftHandSide();
            lhs.Pattern(typeof(Org), "o").Condition((Expression<Func<Org, bool>>)(o => o.Tier == tier));
            var m = lhs.Pattern(typeof(Metric), "m");
            m.Condition((Expression<Func<Metric, bool>>)(m => m.Name == name && m.Value < limit));
            m.Condition((Expression<Func<Metric, Org, bool>>)((m, o) => m.Org == o.Id));
            b.RightHandSide().Action((Expression<Action<IContext, Org>>)((ctx, o) => ctx.Insert(new Finding(o.Id, id, 2))));
            rules.Add(b.Build());
        }

        for (var a = 0; a < 5; a++)
        {
            var id = $"A{a:00}";
            var prefix = WorkloadRules.AggregatePrefixes[a];
            var limit = WorkloadRules.AggregateLimits[a];
            var b = Rule(id);
            var lhs = b.LeftHandSide();
            lhs.Pattern(typeof(Org), "o");
            var xs = lhs.Pattern(typeof(IEnumerable<Metric>), "xs");
            var collect = xs.Aggregate();
            collect.Collect();
            var x = collect.Pattern(typeof(Metric), "x");
            x.Condition((Expression<Func<Metric, bool>>)(x => x.Name.StartsWith(prefix, StringComparison.Ordinal)));
            x.Condition((Expression<Func<Metric, Org, bool>>)((x, o) => x.Org == o.Id));
            xs.Condition((Expression<Func<IEnumerable<Metric>, bool>>)(xs => xs.Sum(x => x.Value) > limit));
            b.RightHandSide().Action((Expression<Action<IContext, Org>>)((ctx, o) => ctx.Insert(new Finding(o.Id, id, 2))));
            rules.Add(b.Build());
        }

        for (var n = 0; n < 5; n++)
        {
            var id = $"N{n:00}";
            var name = $"req{n}";
            var b = Rule(id);
            var lhs = b.LeftHandSide();
            lhs.Pattern(typeof(Org), "o");
            var r = lhs.Not().Pattern(typeof(Metric), "r");
            r.Condition((Expression<Func<Metric, bool>>)(r => r.Name == name));
            r.Condition((Expression<Func<Metric, Org, bool>>)((r, o) => r.Org == o.Id));
            b.RightHandSide().Action((Expression<Action<IContext, Org>>)((ctx, o) => ctx.Insert(new Finding(o.Id, id, 3))));
            rules.Add(b.Build());
        }

        var c0 = Rule("C00", -10);
        var lhs0 = c0.LeftHandSide();
        lhs0.Pattern(typeof(Org), "o");
        var f = lhs0.Exists().Pattern(typeof(Finding), "f");
        f.Condition((Expression<Func<Finding, bool>>)(f => f.Severity >= 3));
        f.Condition((Expression<Func<Finding, Org, bool>>)((f, o) => f.Org == o.Id));
        c0.RightHandSide().Action((Expression<Action<IContext, Org>>)((ctx, o) => ctx.Insert(new OrgFlag(o.Id, "has-severe"))));
        rules.Add(c0.Build());

        var c1 = Rule("C01", -20);
        var lhs1 = c1.LeftHandSide();
        lhs1.Pattern(typeof(Org), "o");
        var fs = lhs1.Pattern(typeof(IEnumerable<Finding>), "fs");
        var all = fs.Aggregate();
        all.Collect();
        all.Pattern(typeof(Finding), "f").Condition((Expression<Func<Finding, Org, bool>>)((f, o) => f.Org == o.Id));
        fs.Condition((Expression<Func<IEnumerable<Finding>, bool>>)(fs => fs.Count() >= 3));
        c1.RightHandSide().Action((Expression<Action<IContext, Org>>)((ctx, o) => ctx.Insert(new OrgFlag(o.Id, "many-findings"))));
        rules.Add(c1.Build());
        return rules;
    }

    /// <summary>Compiles the rules (facts compared by reference).</summary>
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(rules);
    }

    /// <summary>Fires every rule; refuses a session that has not settled (NRules' Fire(max) stops silently).</summary>
    public static int Fire(ISession session)
    {
        const int max = 10_000_000;
        var fired = session.Fire(max);
        return fired == max && !session.Agenda.IsEmpty ? throw new InvalidOperationException("NRules did not settle.") : fired;
    }

    private static RuleBuilder Rule(string name, int priority = 0)
    {
        var b = new RuleBuilder();
        b.Name(name);
        b.Priority(priority);
        return b;
    }
}
