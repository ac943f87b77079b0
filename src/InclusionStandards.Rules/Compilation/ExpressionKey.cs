using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// A structural key of a condition: two conditions with the same key compute the same thing, so their alpha nodes
/// can be shared. Conditions holding non-value constants (objects whose state may differ) get a unique key.
/// </summary>
internal sealed class ExpressionKey : ExpressionVisitor
{
    private static int s_unique;
    private readonly StringBuilder _sb = new();
    private readonly ReadOnlyCollection<ParameterExpression> _parameters;
    private bool _shareable = true;

    private ExpressionKey(ReadOnlyCollection<ParameterExpression> parameters) => _parameters = parameters;

    /// <summary>The key of <paramref name="body"/> whose parameters are <paramref name="parameters"/> (by position).</summary>
    public static string Of(Expression body, ReadOnlyCollection<ParameterExpression> parameters)
    {
        var key = new ExpressionKey(parameters);
        key.Visit(body);
        return key._shareable ? key._sb.ToString() : "unique#" + Interlocked.Increment(ref s_unique);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            _sb.Append('~');
            return null;
        }

        _sb.Append((int)node.NodeType).Append(':').Append(node.Type.AssemblyQualifiedName);
        switch (node)
        {
            case ConstantExpression c:
                AppendConstant(c.Value);
                return node;
            case ParameterExpression p:
                var index = _parameters.IndexOf(p);
                _sb.Append('#').Append(index >= 0 ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : p.Name);
                return node;
            case MemberExpression m:
                AppendMember(m.Member);
                break;
            case MethodCallExpression mc:
                AppendMember(mc.Method);
                break;
            case BinaryExpression b:
                AppendMember(b.Method);
                _sb.Append(b.IsLiftedToNull ? 'L' : 'l');
                break;
            case UnaryExpression u:
                AppendMember(u.Method);
                break;
            case NewExpression n:
                AppendMember(n.Constructor);
                break;
            case TypeBinaryExpression t:
                _sb.Append(t.TypeOperand.AssemblyQualifiedName);
                break;
            case ConditionalExpression or LambdaExpression or NewArrayExpression or InvocationExpression or DefaultExpression or IndexExpression:
                break;
            default:
                _shareable = false;
                break;
        }

        _sb.Append('(');
        base.Visit(node);
        _sb.Append(')');
        return node;
    }

    private void AppendMember(MemberInfo? member)
    {
        if (member is null)
        {
            _sb.Append("-");
            return;
        }

        _sb.Append('[').Append(member.Module.ModuleVersionId).Append(':').Append(member.MetadataToken);
        if (member is MethodInfo { IsGenericMethod: true } gm)
        {
            foreach (var a in gm.GetGenericArguments())
            {
                _sb.Append(',').Append(a.AssemblyQualifiedName);
            }
        }

        _sb.Append('|').Append(member.DeclaringType?.AssemblyQualifiedName).Append(']');
    }

    private void AppendConstant(object? value)
    {
        switch (value)
        {
            case null:
                _sb.Append("=null");
                break;
            case string s:
                _sb.Append("=\"").Append(s.Length).Append(':').Append(s).Append('"');
                break;
            case double d:
                _sb.Append('=').Append(BitConverter.DoubleToInt64Bits(d));
                break;
            case float f:
                _sb.Append('=').Append(BitConverter.SingleToInt32Bits(f));
                break;
            case Enum or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Type:
            case var _ when value.GetType().IsPrimitive:
                _sb.Append('=').Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                _shareable = false;
                break;
        }
    }
}
