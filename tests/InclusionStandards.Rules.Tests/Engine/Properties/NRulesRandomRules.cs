using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace InclusionStandards.Rules.Tests.Engine.Properties;

/// <summary>
/// The random rule sets of <see cref="RandomRules"/> built for NRules 1.0 with its rule model's builders, so the same
/// scenarios run on both engines. Every shape is expressed: joins and comparisons as pattern conditions, <c>not</c>,
/// <c>exists</c> and <c>forall</c> with NRules' own elements, and count and sum (NRules has no built-in aggregates of
/// that kind) as a collect whose result a condition counts or sums. Derived facts are linked to their activation,
/// NRules' counterpart of logical insertion; facts are compared by reference.
/// </summary>
internal static class NRulesRandomRules
{
    public static global::NRules.ISessionFactory Compile(RuleSpec[] specs)
    {
        var rules = new List<IRuleDefinition>();
        for (var i = 0; i < specs.Length; i++)
        {
            rules.Add(Rule($"r{i}", specs[i], i));
        }

        var compiler = new global::NRules.RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(rules);
    }

    private static IRuleDefinition Rule(string name, RuleSpec spec, int index)
    {
        var c = spec.C;
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Priority(spec.Salience);
        var lhs = builder.LeftHandSide();
        if (spec.Shape == Shape.Chain && index > 0)
        {
            lhs.Pattern(typeof(Out), "o").Condition((Expression<Func<Out, bool>>)(o => o.Rule == "r0"));
            Then(builder, m => new Out(name, m.Get<Out>("o").A, m.Get<Out>("o").B));
            return builder.Build();
        }

        var a = lhs.Pattern(typeof(A), "a");
        switch (spec.Shape)
        {
            case Shape.Join:
                lhs.Pattern(typeof(B), "b").Condition((Expression<Func<B, A, bool>>)((b, a) => b.K == a.K));
                Then(builder, m => new Out(name, m.Get<A>("a").Id, m.Get<B>("b").Id));
                return builder.Build();
            case Shape.JoinLess:
                lhs.Pattern(typeof(B), "b").Condition((Expression<Func<B, A, bool>>)((b, a) => b.V < a.V));
                Then(builder, m => new Out(name, m.Get<A>("a").Id, m.Get<B>("b").Id));
                return builder.Build();
            case Shape.Not:
                lhs.Not().Pattern(typeof(B), "b").Condition((Expression<Func<B, A, bool>>)((b, a) => b.K == a.K && b.V >= c));
                break;
            case Shape.Exists:
                lhs.Exists().Pattern(typeof(B), "b").Condition((Expression<Func<B, A, bool>>)((b, a) => b.K == a.K && b.V >= c));
                break;
            case Shape.Count:
                Collect(lhs).Condition((Expression<Func<IEnumerable<B>, bool>>)(bs => bs.Count() >= c));
                break;
            case Shape.Sum:
                Collect(lhs).Condition((Expression<Func<IEnumerable<B>, bool>>)(bs => bs.Sum(b => (double)b.V) > c));
                break;
            case Shape.ForAll:
                var all = lhs.ForAll();
                var basePattern = all.BasePattern(typeof(B));
                basePattern.Condition(Lambda<B, A>(basePattern.Declaration.Name, "a", (b, outer) => Expression.Equal(Expression.Property(b, nameof(B.K)), Expression.Property(outer, nameof(A.K)))));
                var pattern = all.Pattern(typeof(B));
                var p = Expression.Parameter(typeof(B), pattern.Declaration.Name);
                pattern.Condition(Expression.Lambda(Expression.GreaterThanOrEqual(Expression.Property(p, nameof(B.V)), Expression.Constant(c)), p));
                break;
            default:
                a.Condition((Expression<Func<A, bool>>)(a => a.V >= c));
                break;
        }

        Then(builder, m => new Out(name, m.Get<A>("a").Id, -1));
        return builder.Build();
    }

    /// <summary>The B facts with a's key, collected (an empty collection when there are none).</summary>
    private static PatternBuilder Collect(GroupBuilder lhs)
    {
        var bs = lhs.Pattern(typeof(IEnumerable<B>), "bs");
        var aggregate = bs.Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(B), "b").Condition((Expression<Func<B, A, bool>>)((b, a) => b.K == a.K));
        return bs;
    }

    private static LambdaExpression Lambda<T1, T2>(string first, string second, Func<ParameterExpression, ParameterExpression, Expression> body)
    {
        var x = Expression.Parameter(typeof(T1), first);
        var y = Expression.Parameter(typeof(T2), second);
        return Expression.Lambda(body(x, y), x, y);
    }

    private static void Then(RuleBuilder builder, Func<Match, Out> derive)
    {
        Action<IContext> act = context =>
        {
            var derived = derive(new Match(context));
            if (context.GetLinked("out") is null)
            {
                context.InsertLinked("out", derived);
            }
            else
            {
                context.UpdateLinked("out", derived);
            }
        };
        var ctx = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(Expression.Lambda<Action<IContext>>(Expression.Invoke(Expression.Constant(act), ctx), ctx));
    }

    private sealed class Match(IContext context)
    {
        public T Get<T>(string name) => (T)context.Match.Facts.First(f => f.Declaration.Name == name).Value!;
    }
}
