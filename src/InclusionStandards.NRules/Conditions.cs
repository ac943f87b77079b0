using System.Linq.Expressions;

namespace InclusionStandards.NRules;

/// <summary>
/// The pattern conditions of the NRules rules, built as expression trees whose parameter is named after the pattern
/// (NRules binds a condition's parameters to the patterns by name). Only member comparisons with constants: NRules
/// compares them to share nodes, and its comparer supports them.
/// </summary>
internal static class Conditions
{
    /// <summary><c>pattern.Member == value</c>.</summary>
    public static LambdaExpression Equal<T>(string pattern, string member, string value)
    {
        var p = Expression.Parameter(typeof(T), pattern);
        return Expression.Lambda(Expression.Equal(Expression.Property(p, member), Expression.Constant(value, typeof(string))), p);
    }

    /// <summary><c>pattern.Member == null</c>, or <c>!= null</c> when <paramref name="isNull"/> is false.</summary>
    public static LambdaExpression Null<T>(string pattern, string member, bool isNull = true)
    {
        var p = Expression.Parameter(typeof(T), pattern);
        var property = Expression.Property(p, member);
        var none = Expression.Constant(null, property.Type);
        return Expression.Lambda(isNull ? Expression.Equal(property, none) : Expression.NotEqual(property, none), p);
    }
}
