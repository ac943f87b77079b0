using System.Linq.Expressions;
using System.Reflection;
using InclusionStandards.Conditions.Checking;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Rules.Facts;
using static System.Linq.Expressions.Expression;

namespace InclusionStandards.Conditions.Compilation;

/// <summary>
/// Lowers a checked condition to a LINQ expression tree. Values have their static CLR types where the checker knows
/// them (long, double, bool, ...), so scalar comparisons compile to plain IL; errors and missing evidence are raised
/// as internal exceptions and turned into values at <c>&amp;&amp;</c>, <c>||</c>, macros and the entry point.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private readonly CheckedExpression _checked;
    private readonly CelEnvironment _env;
    private readonly ParameterExpression[] _parameters;
    private readonly ParameterExpression _iterations = Variable(typeof(int), "iterations");
    private readonly List<(string Name, ParameterExpression Value, Expression? Path)> _scopes = new();
    private bool _strict;
    private bool _usesIterations;

    private ExpressionCompiler(CheckedExpression checkedExpr, CelEnvironment env)
    {
        _checked = checkedExpr;
        _env = env;
        _parameters = env.Variables.Select(v => Parameter(ClrTypes.Parameter(v.Type), SafeName(v.Name))).ToArray();
    }

    /// <summary>
    /// Builds the lambda: declared variables in order → <see cref="ConditionResult"/>. The body is compiled twice: a
    /// fast strict form (plain short-circuit <c>&amp;&amp;</c>/<c>||</c>, no per-operand guards) that is right whenever
    /// nothing fails, and the full commutative form, evaluated only when the strict form raised an error or unknown.
    /// Conditions are pure, so evaluating again gives the CEL result.
    /// </summary>
    public static LambdaExpression Compile(CheckedExpression checkedExpr, CelEnvironment env)
    {
        var compiler = new ExpressionCompiler(checkedExpr, env);
        compiler._strict = true;
        var fast = compiler.Wrap(compiler.Emit(checkedExpr.Root));
        compiler._strict = false;
        var full = compiler.Wrap(compiler.Emit(checkedExpr.Root));
        var ex = Parameter(typeof(Exception), "ex");
        var fromException = typeof(ConditionResult).GetMethod(nameof(ConditionResult.FromException), BindingFlags.NonPublic | BindingFlags.Static)!;
        var guarded = TryCatch(fast, Catch(Parameter(typeof(Exception), "first"), TryCatch(full, Catch(ex, Call(fromException, ex)))));
        return Lambda(Block(typeof(ConditionResult), [compiler._iterations], guarded), "condition", compiler._parameters);
    }

    private Expression Wrap(Expression body)
    {
        Expression result = _checked.ResultType.Kind == CelTypeKind.Bool
            ? Call(typeof(ConditionResult).GetMethod(nameof(ConditionResult.FromBool))!, body)
            : Call(typeof(ConditionResult).GetMethod(nameof(ConditionResult.FromValue))!, Box(body));
        return _usesIterations ? Block(Assign(_iterations, Constant(0)), result) : result;
    }

    private static string SafeName(string name) => name.Replace('.', '_');

    private CelType TypeOf(Expr e) => _checked.Types[e];

    private Expression Emit(Expr e)
    {
        var expected = ClrTypes.Runtime(TypeOf(e));
        var x = e switch
        {
            LiteralExpr l => Constant(l.Value, ClrTypes.Runtime(l.Type)),
            IdentExpr or SelectExpr when _checked.Resolutions.TryGetValue(e, out var r) && r is VariableResolution or IterationResolution or TypeNameResolution => EmitReference(e, r),
            SelectExpr s => EmitSelect(s),
            CallExpr c => EmitCall(c),
            ListExpr l => NewArrayInit(typeof(object), l.Elements.Select(x => Box(Emit(x)))),
            MapExpr m => Call(typeof(CelMap).GetMethod(nameof(CelMap.FromEntries))!, NewArrayInit(typeof(object), m.Entries.Select(x => Box(Emit(x.Key)))), NewArrayInit(typeof(object), m.Entries.Select(x => Box(Emit(x.Value))))),
            ComprehensionExpr c => EmitComprehension(c),
            _ => throw new InvalidOperationException(e.GetType().Name),
        };
        return Coerce(x, expected, "value");
    }

    private Expression EmitReference(Expr e, Resolution r)
    {
        switch (r)
        {
            case TypeNameResolution t:
                return Constant(t.Value);
            case IterationResolution it:
                return _scopes.FindLast(s => s.Name == it.Name).Value;
            default:
                var index = ((VariableResolution)r).Index;
                var decl = _env.Variables[index];
                var p = _parameters[index];
                var name = Constant(decl.Name);
                return decl.Type.Kind switch
                {
                    CelTypeKind.Map => Call(typeof(DynamicAccess).GetMethod(nameof(DynamicAccess.MapOrMissing))!, p, name),
                    CelTypeKind.List => Call(typeof(DynamicAccess).GetMethod(nameof(DynamicAccess.ListOrMissing))!, p, name),
                    CelTypeKind.Dyn or CelTypeKind.Null => Call(typeof(CelValues).GetMethod(nameof(CelValues.Normalize))!, p),
                    CelTypeKind.Timestamp or CelTypeKind.Duration => Convert(p, ClrTypes.Runtime(decl.Type)),
                    _ when !p.Type.IsValueType => Coalesce(p, Throw(Missing(name), p.Type)),
                    _ => p,
                };
        }
    }

    /// <summary>The evidence path of a field chain as a string expression, evaluated only when evidence is missing.</summary>
    private Expression? PathOf(Expr e)
    {
        if (_checked.Resolutions.TryGetValue(e, out var r))
        {
            switch (r)
            {
                case VariableResolution v:
                    return Constant(_env.Variables[v.Index].Name);
                case IterationResolution it:
                    return _scopes.FindLast(s => s.Name == it.Name).Path;
            }
        }

        return e is SelectExpr s && PathOf(s.Operand) is { } p
            ? Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!, p, Constant("." + s.Field))
            : null;
    }

    private static Expression Missing(Expression path) => Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.Missing))!, path);

    private static Expression Box(Expression e) => e.Type == typeof(object) ? e : Convert(e, typeof(object));

    /// <summary>Converts between run-time representations; from object this is a checked cast raising "no such overload".</summary>
    private static Expression Coerce(Expression e, Type target, string context)
    {
        if (e.Type == target)
        {
            return e;
        }

        if (target == typeof(object))
        {
            return Box(e);
        }

        if (e.Type == typeof(object) || target.IsAssignableFrom(e.Type) == false && !e.Type.IsValueType)
        {
            // Inline type test and cast; the shared generic CelRuntime.As<T> would cost a dictionary lookup per call.
            var tmp = Variable(typeof(object), "x");
            var wrong = Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.WrongType))!, tmp, Constant(context));
            return Block(target, [tmp], Assign(tmp, Box(e)), Condition(TypeIs(tmp, target), Convert(tmp, target), Throw(wrong, target)));
        }

        return Convert(e, target);
    }

    private Expression EmitSelect(SelectExpr s)
    {
        var operand = Emit(s.Operand);
        var resolution = _checked.Resolutions[s];
        var path = PathOf(s) ?? Constant(s.Field);
        switch (resolution)
        {
            case RecordFieldResolution rf:
                var rec = Variable(typeof(Record), "r");
                var has = Call(rec, typeof(Record).GetMethod(nameof(Record.Has), [typeof(int)])!, Constant(rf.Field.Index));
                if (s.TestOnly)
                {
                    return Block([rec], Assign(rec, operand), has);
                }

                var read = ReadField(rec, rf.Field);
                return Block(read.Type, [rec], Assign(rec, operand), Condition(has, read, Throw(Missing(path), read.Type)));
            case PropertyResolution pr:
                return EmitProperty(operand, pr.Property, s.TestOnly, path);
            default:
                if (s.TestOnly)
                {
                    return Call(typeof(DynamicAccess).GetMethod(nameof(DynamicAccess.Has))!, Box(operand), Constant(s.Field));
                }

                return operand.Type == typeof(CelMap)
                    ? Call(operand, typeof(CelMap).GetMethod(nameof(CelMap.Get))!, Constant(s.Field, typeof(object)))
                    : Call(typeof(DynamicAccess).GetMethod(nameof(DynamicAccess.Select))!, Box(operand), Constant(s.Field), PathOf(s) ?? Constant(null, typeof(string)));
        }
    }

    private static Expression ReadField(Expression rec, RecordField field)
    {
        var idx = Constant(field.Index);
        Expression Get(string name) => Call(rec, typeof(Record).GetMethod(name)!, idx);
        var reference = Call(rec, typeof(Record).GetMethod(nameof(Record.GetReference))!, idx);
        return field.Type.Kind switch
        {
            FieldKind.Bool => Get(nameof(Record.GetBool)),
            FieldKind.Int => Get(nameof(Record.GetInt)),
            FieldKind.Double => Get(nameof(Record.GetDouble)),
            FieldKind.Timestamp => Convert(Get(nameof(Record.GetTimestamp)), typeof(CelTimestamp)),
            FieldKind.Duration => Convert(Get(nameof(Record.GetDuration)), typeof(CelDuration)),
            FieldKind.String => Convert(reference, typeof(string)),
            FieldKind.Record => Convert(reference, typeof(Record)),
            FieldKind.List => Call(typeof(CelValues).GetMethod(nameof(CelValues.ToList))!, reference),
            FieldKind.Map => Call(typeof(CelValues).GetMethod(nameof(CelValues.ToMap))!, reference),
            _ => Call(typeof(CelValues).GetMethod(nameof(CelValues.Normalize))!, reference),
        };
    }

    private static Expression EmitProperty(Expression operand, PropertyInfo property, bool testOnly, Expression path)
    {
        var obj = Variable(operand.Type, "o");
        var value = Property(obj, property);
        var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
        if (testOnly)
        {
            return Block([obj], Assign(obj, operand), nullable ? NotEqual(value, Constant(null, property.PropertyType)) : Constant(true));
        }

        var target = ClrTypes.Runtime(CelType.Of(property.PropertyType));
        var val = Variable(property.PropertyType, "v");
        Expression read = Nullable.GetUnderlyingType(property.PropertyType) is not null ? Property(val, "Value") : val;
        Expression converted = read.Type == target ? read
            : target == typeof(long) || target == typeof(ulong) || (target == typeof(double) && read.Type.IsPrimitive) || (target == typeof(double) && read.Type == typeof(decimal))
                ? Convert(read, target)
                : Coerce(Call(typeof(CelValues).GetMethod(nameof(CelValues.Normalize))!, Box(read)), target, property.Name);
        var body = nullable
            ? Condition(Equal(val, Constant(null, property.PropertyType)), Throw(Missing(path), target), converted)
            : converted;
        return Block(target, [obj, val], Assign(obj, operand), Assign(val, value), body);
    }
}
