using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using InclusionStandards.Conditions.Runtime;

namespace InclusionStandards.Conditions;

/// <summary>
/// One overload of a function callable from conditions: a name, CEL parameter types, a result type and an
/// implementation that is inlined into the compiled expression tree. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Implementations receive and return the CLR forms of CEL types: int → <see cref="long"/>, uint → <see cref="ulong"/>,
/// double, bool, string, bytes → <c>byte[]</c>, timestamp → <see cref="DateTimeOffset"/>, duration →
/// <see cref="TimeSpan"/>, list → <see cref="IReadOnlyList{T}"/> of object, dyn → object, records →
/// <see cref="Rules.Facts.Record"/>, CLR types → themselves. Numeric parameter types are converted (e.g. an
/// implementation may take <see cref="int"/>). An implementation may return a <see cref="ConditionResult"/> instead of
/// the value: unknown and error results then propagate as missing evidence and errors (this is how a host
/// function such as <c>outcome('criterion-id')</c> passes on another criterion's unknown). Exceptions thrown by an
/// implementation become error results; they never reach the caller of a condition. Implementations must be pure
/// and thread-safe: when an operand fails, a condition is evaluated a second time in its commutative form.
/// </remarks>
public sealed class CelFunction
{
    private CelFunction(string name, bool isMember, ImmutableArray<CelType> parameters, CelType result, Func<Expression[], Expression> emit)
    {
        Name = name;
        IsMember = isMember;
        Parameters = parameters;
        Result = result;
        Emit = emit;
    }

    /// <summary>The function name, e.g. <c>relativeLikelihood</c>.</summary>
    public string Name { get; }

    /// <summary>True when called as a method on its first argument, e.g. <c>s.startsWith('a')</c>.</summary>
    public bool IsMember { get; }

    /// <summary>The parameter types (for member functions, the receiver first).</summary>
    public ImmutableArray<CelType> Parameters { get; }

    /// <summary>The result type.</summary>
    public CelType Result { get; }

    internal Func<Expression[], Expression> Emit { get; }

    /// <summary>An overload implemented by a lambda expression, which is inlined into conditions.</summary>
    public static CelFunction FromLambda(string name, IReadOnlyList<CelType> parameters, CelType result, LambdaExpression implementation, bool isMember = false)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        Validate(name, parameters, implementation.Parameters.Count);
        return new(name, isMember, [.. parameters], result, args => Adapt(Expression.Invoke(implementation, Convert(args, implementation.Parameters.Select(p => p.Type))), result));
    }

    /// <summary>An overload implemented by a public static method.</summary>
    public static CelFunction FromMethod(string name, IReadOnlyList<CelType> parameters, CelType result, MethodInfo method, bool isMember = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!method.IsStatic)
        {
            throw new ArgumentException("The method must be static.", nameof(method));
        }

        var ps = method.GetParameters();
        Validate(name, parameters, ps.Length);
        ValidateTypes(name, parameters, ps.Select(p => p.ParameterType).ToList(), result, method.ReturnType, nameof(method));
        return new(name, isMember, [.. parameters], result, args => Adapt(Expression.Call(method, Convert(args, ps.Select(p => p.ParameterType))), result));
    }

    /// <summary>An overload implemented by a delegate (e.g. a closure over host state).</summary>
    public static CelFunction FromDelegate(string name, IReadOnlyList<CelType> parameters, CelType result, Delegate implementation, bool isMember = false)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        var signature = implementation.GetType().GetMethod("Invoke")!;
        var invoke = signature.GetParameters();
        Validate(name, parameters, invoke.Length);
        ValidateTypes(name, parameters, invoke.Select(p => p.ParameterType).ToList(), result, signature.ReturnType, nameof(implementation));
        var target = Expression.Constant(implementation);
        return new(name, isMember, [.. parameters], result, args => Adapt(Expression.Invoke(target, Convert(args, invoke.Select(p => p.ParameterType))), result));
    }

    internal static CelFunction Builtin(string name, bool isMember, ImmutableArray<CelType> parameters, CelType result, Func<Expression[], Expression> emit) =>
        new(name, isMember, parameters, result, emit);

    /// <summary>E.g. <c>relativeLikelihood(int, int, int, int) -> double</c>.</summary>
    public override string ToString() =>
        IsMember
            ? $"{Parameters[0]}.{Name}({string.Join(", ", Parameters.Skip(1))}) -> {Result}"
            : $"{Name}({string.Join(", ", Parameters)}) -> {Result}";

    private static void Validate(string name, IReadOnlyList<CelType> parameters, int arity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count != arity)
        {
            throw new ArgumentException($"Function '{name}' declares {parameters.Count} parameters but its implementation takes {arity}.", nameof(parameters));
        }
    }

    /// <summary>
    /// Refuses an implementation whose parameter or return types cannot take the declared CEL types (a function declared
    /// over strings but written over longs), when the function is declared rather than when a condition first uses it.
    /// </summary>
    private static void ValidateTypes(string name, IReadOnlyList<CelType> parameters, IReadOnlyList<Type> clr, CelType result, Type returns, string argument)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!Converts(ClrTypes.Runtime(parameters[i]), clr[i]))
            {
                throw new ArgumentException($"Function '{name}': parameter {i + 1} is declared {parameters[i]}, but the implementation takes {clr[i].Name}.", argument);
            }
        }

        if (returns != typeof(ConditionResult) && !Converts(returns, ClrTypes.Runtime(result)))
        {
            throw new ArgumentException($"Function '{name}': the result is declared {result}, but the implementation returns {returns.Name}.", argument);
        }
    }

    private static bool Converts(Type from, Type to)
    {
        if (from == to || to.IsAssignableFrom(from) || from == typeof(object) || to == typeof(object))
        {
            return true;
        }

        try
        {
            _ = Expression.Convert(Expression.Parameter(from), to);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static IEnumerable<Expression> Convert(Expression[] args, IEnumerable<Type> targets) =>
        args.Zip(targets, (a, t) => a.Type == t ? a : Expression.Convert(a, t));

    private static Expression Adapt(Expression call, CelType result)
    {
        var target = ClrTypes.Runtime(result);
        if (call.Type == typeof(ConditionResult))
        {
            var unwrap = typeof(CelRuntime).GetMethod(nameof(CelRuntime.Unwrap))!;
            var value = Expression.Call(unwrap, call);
            return target == typeof(object) ? value : Expression.Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.As))!.MakeGenericMethod(target), value, Expression.Constant("function result"));
        }

        if (call.Type == target)
        {
            return call;
        }

        if (target == typeof(object))
        {
            return Expression.Call(typeof(CelValues).GetMethod(nameof(CelValues.Normalize))!, Expression.Convert(call, typeof(object)));
        }

        return Expression.Convert(call, target);
    }
}
