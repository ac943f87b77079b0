using System.Linq.Expressions;
using System.Reflection;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// Replaces reads of captured variables (field chains rooted at a constant closure object) with their current
/// values, so that equal conditions written in a loop can share alpha nodes and run without indirection.
/// </summary>
internal sealed class ClosureInliner : ExpressionVisitor
{
    public static readonly ClosureInliner Instance = new();

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field && TryEvaluate(node.Expression, out var target))
        {
            return Expression.Constant(field.GetValue(target), node.Type);
        }

        return base.VisitMember(node);
    }

    private static bool TryEvaluate(Expression? expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression c:
                value = c.Value;
                return value is not null;
            case MemberExpression { Member: FieldInfo f } m when TryEvaluate(m.Expression, out var inner):
                value = f.GetValue(inner);
                return value is not null;
            default:
                value = null;
                return false;
        }
    }
}
