using System.Linq.Expressions;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Conditions.Syntax;
using static System.Linq.Expressions.Expression;

namespace InclusionStandards.Conditions.Compilation;

/// <summary>The comprehension macros as bounded loops; every iteration counts against the environment's limit.</summary>
internal sealed partial class ExpressionCompiler
{
    private Expression EmitComprehension(ComprehensionExpr c)
    {
        var range = Emit(c.Range);
        var items = Variable(typeof(IReadOnlyList<object?>), "items");
        var index = Variable(typeof(int), "i");
        var elementType = TypeOf(c.Range).Kind switch
        {
            CelTypeKind.List => TypeOf(c.Range).Arguments[0],
            CelTypeKind.Map => TypeOf(c.Range).Arguments[0],
            _ => CelType.Dyn,
        };
        var element = Variable(ClrTypes.Runtime(elementType), c.Variable);
        var rangePath = PathOf(c.Range);
        Expression? elementPath = rangePath is null
            ? null
            : Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string), typeof(string)])!, rangePath, Constant("["), Call(index, typeof(int).GetMethod(nameof(int.ToString), Type.EmptyTypes)!), Constant("]"));
        _scopes.Add((c.Variable, element, elementPath));
        try
        {
            var filter = c.Filter is null ? null : ToBool(Emit(c.Filter));
            var body = Emit(c.Body);
            var result = Variable(ClrTypes.Runtime(TypeOf(c)), "result");
            var error = Variable(typeof(Exception), "error");
            var brk = Label("break");
            var count = Variable(typeof(int), "count");
            var (init, step, finish) = Parts(c.Kind, _strict, filter, body, element, result, error, count, brk);
            Expression read = Property(items, "Item", index);
            if (element.Type.IsValueType || element.Type == typeof(object))
            {
                read = Call(typeof(CelValues).GetMethod(nameof(CelValues.Normalize))!, read);
            }

            _usesIterations = true;
            var loop = Loop(
                Block(
                    IfThen(GreaterThanOrEqual(index, Property(items, typeof(IReadOnlyCollection<object?>).GetProperty(nameof(IReadOnlyCollection<object?>.Count))!)), Break(brk)),
                    IfThen(
                        GreaterThan(PreIncrementAssign(_iterations), Constant(_env.Limits.MaxIterations)),
                        Throw(Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.IterationLimit))!, Constant(_env.Limits.MaxIterations)))),
                    Assign(element, Coerce(read, element.Type, c.Variable)),
                    step,
                    PostIncrementAssign(index)),
                brk);
            var itemsValue = Call(typeof(DynamicAccess).GetMethod(nameof(DynamicAccess.Items))!, Box(range));
            return Block(
                result.Type,
                [items, index, element, result, error, count],
                Assign(items, itemsValue),
                Assign(index, Constant(0)),
                Assign(count, Constant(0)),
                Assign(error, Constant(null, typeof(Exception))),
                init,
                loop,
                finish);
        }
        finally
        {
            _scopes.RemoveAt(_scopes.Count - 1);
        }
    }

    private static (Expression Init, Expression Step, Expression Finish) Parts(
        MacroKind kind, bool strict, Expression? filter, Expression body, ParameterExpression element, ParameterExpression result, ParameterExpression error, ParameterExpression count, LabelTarget brk)
    {
        var noError = Constant(null, typeof(Exception));
        switch (kind)
        {
            case MacroKind.All or MacroKind.Exists when strict:
                var decides = kind == MacroKind.All ? Not(ToBool(body)) : ToBool(body);
                return (Assign(result, Constant(kind == MacroKind.All)), IfThen(decides, Block(Assign(result, Constant(kind != MacroKind.All)), Break(brk))), result);
            case MacroKind.All or MacroKind.Exists:
                // Like && / ||: a deciding element wins over errors and unknowns in other elements.
                var isAll = kind == MacroKind.All;
                var v = Variable(typeof(bool), "v");
                var ex = Variable(typeof(Exception), "ex");
                var guarded = TryCatch(ToBool(body), Catch(ex, Block(Assign(error, Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.Combine))!, error, ex)), Constant(isAll))));
                var step = Block([v], Assign(v, guarded), IfThen(isAll ? Not(v) : v, Block(Assign(result, Constant(!isAll)), Assign(error, noError), Break(brk))));
                var finish = Condition(NotEqual(error, noError), Throw(error, typeof(bool)), result);
                return (Assign(result, Constant(isAll)), step, finish);
            case MacroKind.ExistsOne:
                // Strict: every element is evaluated and any error or unknown propagates.
                return (Assign(result, Constant(false)), IfThen(ToBool(body), PreIncrementAssign(count)), Equal(count, Constant(1)));
            default:
                var list = Variable(typeof(List<object?>), "list");
                var value = kind == MacroKind.Map ? Box(body) : Box(element);
                var add = Call(list, typeof(List<object?>).GetMethod(nameof(List<object?>.Add))!, value);
                var condition = kind == MacroKind.Filter ? ToBool(body) : filter;
                return (Assign(result, Convert(New(typeof(List<object?>)), result.Type)),
                    Block([list], Assign(list, Convert(result, typeof(List<object?>))), condition is null ? add : IfThen(condition, add)),
                    result);
        }
    }
}
