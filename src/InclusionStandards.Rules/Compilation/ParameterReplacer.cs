using System.Linq.Expressions;

namespace InclusionStandards.Rules.Compilation;

/// <summary>Substitutes expressions for parameters.</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly Dictionary<ParameterExpression, Expression> _map;

    private ParameterReplacer(Dictionary<ParameterExpression, Expression> map) => _map = map;

    public static Expression Replace(Expression e, Dictionary<ParameterExpression, Expression> map) => new ParameterReplacer(map).Visit(e);

    protected override Expression VisitParameter(ParameterExpression node) =>
        _map.TryGetValue(node, out var replacement) ? replacement : node;
}
