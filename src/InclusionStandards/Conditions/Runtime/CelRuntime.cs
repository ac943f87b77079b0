namespace InclusionStandards.Conditions.Runtime;

/// <summary>Helpers called from compiled conditions to raise and combine errors and unknowns.</summary>
internal static class CelRuntime
{
    public static Exception NoSuchOverload(string function) => new CelErrorException($"no such overload for {function}");

    public static Exception Missing(string path) => new CelUnknownException([path]);

    /// <summary>Combines the failures of the operands of a commutative operator: unknowns win over errors.</summary>
    public static Exception Combine(Exception? a, Exception? b)
    {
        if (a is CelUnknownException ua && b is CelUnknownException ub)
        {
            return new CelUnknownException(ua.Paths.Union(ub.Paths, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        }

        if (a is CelUnknownException)
        {
            return a;
        }

        if (b is CelUnknownException)
        {
            return b;
        }

        return Wrap(a ?? b!);
    }

    /// <summary>Turns a failure from a host function into a CEL error, keeping CEL's own failures.</summary>
    public static Exception Wrap(Exception e) => e as CelEvalException ?? new CelErrorException(e.Message);

    public static Exception WrongType(object? value, string context) =>
        new CelErrorException($"no such overload: {context} does not accept {CelValues.TypeName(value)}");

    public static T As<T>(object? value, string context)
    {
        if (value is T t)
        {
            return t;
        }

        throw new CelErrorException($"no such overload: {context} does not accept {CelValues.TypeName(value)}");
    }

    public static Exception IterationLimit(int limit) =>
        new CelErrorException($"the evaluation exceeded the limit of {limit} comprehension iterations");

    /// <summary>Unwraps a host function's <see cref="ConditionResult"/>: values pass, unknowns and errors propagate.</summary>
    public static object? Unwrap(ConditionResult r) => r.Kind switch
    {
        ConditionResultKind.Unknown => throw new CelUnknownException([.. r.MissingPaths]),
        ConditionResultKind.Error => throw new CelErrorException(r.ErrorMessage ?? "error"),
        _ => CelValues.Normalize(r.Value),
    };
}
