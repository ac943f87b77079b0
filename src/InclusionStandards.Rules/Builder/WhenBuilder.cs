using System.Collections.Immutable;
using System.Linq.Expressions;
using InclusionStandards.Rules.Facts;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Builder;

/// <summary>
/// Builds a rule's left-hand side. Condition lambdas bind their parameters by name to declarations (see
/// <see cref="PatternElement"/>); for a join, write explicitly typed lambdas, e.g.
/// <c>w.Match&lt;Metric&gt;("m", (Metric m, Org o) =&gt; m.Org == o.Id)</c>. Mutable; not thread-safe.
/// </summary>
public sealed class WhenBuilder
{
    private readonly List<RuleElement> _elements = new();

    internal ImmutableArray<RuleElement> Elements => _elements.ToImmutableArray();

    /// <summary>Matches any fact of type <typeparamref name="T"/>, bound to <paramref name="name"/>.</summary>
    public WhenBuilder Match<T>(string name) => Match(FactType.Of<T>(), name);

    /// <summary>Matches facts of type <typeparamref name="T"/> meeting a condition on the fact alone.</summary>
    public WhenBuilder Match<T>(string name, Expression<Func<T, bool>> condition) => Match(FactType.Of<T>(), name, condition);

    /// <summary>Matches facts of type <typeparamref name="T"/> meeting conditions that may refer to earlier declarations.</summary>
    public WhenBuilder Match<T>(string name, params LambdaExpression[] conditions) => Match(FactType.Of<T>(), name, conditions);

    /// <summary>Matches facts of a fact type (for example a record type).</summary>
    public WhenBuilder Match(FactType type, string name, params LambdaExpression[] conditions)
    {
        _elements.Add(Pattern(type, name, conditions));
        return this;
    }

    /// <summary>Matches records of a schema-defined record type.</summary>
    public WhenBuilder Match(RecordType type, string name, params LambdaExpression[] conditions) =>
        Match(FactType.Of(type), name, conditions);

    /// <summary>Holds when no fact of type <typeparamref name="T"/> meets the conditions.</summary>
    public WhenBuilder Not<T>(string name, params LambdaExpression[] conditions) => Not(FactType.Of<T>(), name, conditions);

    /// <summary>Holds when no fact of the fact type meets the conditions.</summary>
    public WhenBuilder Not(FactType type, string name, params LambdaExpression[] conditions)
    {
        _elements.Add(new NotElement(Pattern(type, name, conditions)));
        return this;
    }

    /// <summary>Holds when some fact of type <typeparamref name="T"/> meets the conditions.</summary>
    public WhenBuilder Exists<T>(string name, params LambdaExpression[] conditions) => Exists(FactType.Of<T>(), name, conditions);

    /// <summary>Holds when some fact of the fact type meets the conditions.</summary>
    public WhenBuilder Exists(FactType type, string name, params LambdaExpression[] conditions)
    {
        _elements.Add(new ExistsElement(Pattern(type, name, conditions)));
        return this;
    }

    /// <summary>Holds when every fact of type <typeparamref name="T"/> meeting <paramref name="selection"/> meets <paramref name="requirement"/>.</summary>
    public WhenBuilder ForAll<T>(string name, LambdaExpression selection, LambdaExpression requirement) =>
        ForAll(FactType.Of<T>(), name, [selection], [requirement]);

    /// <summary>Holds when every fact selected by the conditions meets all requirements.</summary>
    public WhenBuilder ForAll(FactType type, string name, LambdaExpression[] selection, LambdaExpression[] requirements)
    {
        _elements.Add(new ForAllElement(Pattern(type, name, selection), requirements.ToImmutableArray()));
        return this;
    }

    /// <summary>Binds <paramref name="name"/> to the number (<c>int</c>) of <typeparamref name="T"/> facts meeting the conditions.</summary>
    public WhenBuilder Count<T>(string name, string factName, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.Count, name, FactType.Of<T>(), factName, null, conditions);

    /// <summary>Binds <paramref name="name"/> to the sum (<c>double</c>) of <paramref name="selector"/> over the matching facts.</summary>
    public WhenBuilder Sum<T>(string name, string factName, Expression<Func<T, double>> selector, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.Sum, name, FactType.Of<T>(), factName, selector, conditions);

    /// <summary>Binds <paramref name="name"/> to the mean (<c>double</c>) of <paramref name="selector"/>; no match when none.</summary>
    public WhenBuilder Average<T>(string name, string factName, Expression<Func<T, double>> selector, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.Average, name, FactType.Of<T>(), factName, selector, conditions);

    /// <summary>Binds <paramref name="name"/> to the least <paramref name="selector"/> value; no match when none.</summary>
    public WhenBuilder Min<T, TValue>(string name, string factName, Expression<Func<T, TValue>> selector, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.Min, name, FactType.Of<T>(), factName, selector, conditions);

    /// <summary>Binds <paramref name="name"/> to the greatest <paramref name="selector"/> value; no match when none.</summary>
    public WhenBuilder Max<T, TValue>(string name, string factName, Expression<Func<T, TValue>> selector, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.Max, name, FactType.Of<T>(), factName, selector, conditions);

    /// <summary>Binds <paramref name="name"/> to the matching facts as <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    public WhenBuilder Collect<T>(string name, string factName, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.Collect, name, FactType.Of<T>(), factName, null, conditions);

    /// <summary>Binds <paramref name="name"/> to each group (<c>IGrouping&lt;TKey, T&gt;</c>) of the matching facts by key.</summary>
    public WhenBuilder GroupBy<T, TKey>(string name, string factName, Expression<Func<T, TKey>> key, params LambdaExpression[] conditions) =>
        Aggregate(AggregateKind.GroupBy, name, FactType.Of<T>(), factName, key, conditions);

    /// <summary>Adds an aggregate over facts of any fact type; the result type follows from the kind (see <see cref="AggregateElement"/>).</summary>
    public WhenBuilder Aggregate(AggregateKind kind, string name, FactType source, string factName, LambdaExpression? selector, params LambdaExpression[] conditions)
    {
        var resultType = AggregateResultType(kind, source, selector);
        _elements.Add(new AggregateElement(new Declaration(name, FactType.Of(resultType)), kind, Pattern(source, factName, conditions), selector, ImmutableArray<LambdaExpression>.Empty));
        return this;
    }

    /// <summary>Adds conditions to the last element: a pattern's conditions, or conditions on an aggregate's result.</summary>
    /// <exception cref="InvalidOperationException">There is no element yet, or the last one is not a pattern or aggregate.</exception>
    public WhenBuilder Where(params LambdaExpression[] conditions)
    {
        if (_elements.Count == 0)
        {
            throw new InvalidOperationException("Where must follow a pattern or an aggregate.");
        }

        _elements[^1] = _elements[^1] switch
        {
            PatternElement p => p with { Conditions = p.Conditions.AddRange(conditions) },
            AggregateElement a => a with { Conditions = a.Conditions.AddRange(conditions) },
            _ => throw new InvalidOperationException("Where must follow a pattern or an aggregate."),
        };
        return this;
    }

    /// <summary>Adds a model element as is.</summary>
    public WhenBuilder Element(RuleElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _elements.Add(element);
        return this;
    }

    /// <summary>The CLR type of an aggregate's result (see <see cref="AggregateKind"/>).</summary>
    public static Type AggregateResultType(AggregateKind kind, FactType source, LambdaExpression? selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        return kind switch
        {
            AggregateKind.Count => typeof(int),
            AggregateKind.Sum or AggregateKind.Average => typeof(double),
            AggregateKind.Min or AggregateKind.Max => selector?.ReturnType ?? typeof(object),
            AggregateKind.Collect => typeof(IReadOnlyList<>).MakeGenericType(source.ClrType),
            AggregateKind.GroupBy => typeof(IGrouping<,>).MakeGenericType(selector?.ReturnType ?? typeof(object), source.ClrType),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static PatternElement Pattern(FactType type, string name, LambdaExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new PatternElement(new Declaration(name, type), (conditions ?? []).ToImmutableArray());
    }
}
