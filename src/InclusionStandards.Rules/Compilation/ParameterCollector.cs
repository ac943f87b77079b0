using System.Linq.Expressions;

namespace InclusionStandards.Rules.Compilation;

/// <summary>Collects the parameters an expression reads.</summary>
internal sealed class ParameterCollector : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _found = new();

    public static HashSet<ParameterExpression> Of(Expression e)
    {
        var c = new ParameterCollector();
        c.Visit(e);
        return c._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found.Add(node);
        return node;
    }
}
