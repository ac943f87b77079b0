namespace InclusionStandards.Conditions.Checking;

/// <summary>Matches argument types against overload parameter types with type parameters (A, K, V).</summary>
internal static class TypeUnifier
{
    public static bool Unify(CelType pattern, CelType arg, Dictionary<string, CelType> bindings)
    {
        if (pattern.Kind == CelTypeKind.Param)
        {
            var name = pattern.ToString();
            if (!bindings.TryGetValue(name, out var bound))
            {
                bindings[name] = arg;
                return true;
            }

            if (bound.Equals(arg) || bound.Kind == CelTypeKind.Dyn)
            {
                return true;
            }

            if (arg.Kind == CelTypeKind.Dyn || IsNullable(bound, arg) || IsNullable(arg, bound))
            {
                bindings[name] = CelType.Dyn;
                return true;
            }

            if (bound.Kind == arg.Kind && bound.Kind is CelTypeKind.List or CelTypeKind.Map)
            {
                bindings[name] = Join(bound, arg);
                return true;
            }

            return false;
        }

        if (arg.Kind == CelTypeKind.Dyn || pattern.Kind == CelTypeKind.Dyn)
        {
            return true;
        }

        if (pattern.Kind != arg.Kind)
        {
            return false;
        }

        return pattern.Kind switch
        {
            CelTypeKind.List => Unify(pattern.Arguments[0], arg.Arguments[0], bindings),
            CelTypeKind.Map => Unify(pattern.Arguments[0], arg.Arguments[0], bindings) && Unify(pattern.Arguments[1], arg.Arguments[1], bindings),
            CelTypeKind.Clr => pattern.ClrType!.IsAssignableFrom(arg.ClrType),
            _ => pattern.Equals(arg),
        };
    }

    public static CelType Substitute(CelType t, Dictionary<string, CelType> bindings) => t.Kind switch
    {
        CelTypeKind.Param => bindings.GetValueOrDefault(t.ToString()) ?? CelType.Dyn,
        CelTypeKind.List => CelType.ListOf(Substitute(t.Arguments[0], bindings)),
        CelTypeKind.Map => CelType.MapOf(Substitute(t.Arguments[0], bindings), Substitute(t.Arguments[1], bindings)),
        _ => t,
    };

    /// <summary>The most specific type of both: the type itself when equal, else dyn (element-wise for lists and maps).</summary>
    public static CelType Join(CelType a, CelType b)
    {
        if (a.Equals(b))
        {
            return a.Closed is null && b.Closed is not null ? b : a; // keep what is known of closed values
        }

        if (a.Kind == b.Kind && a.Kind == CelTypeKind.List)
        {
            return CelType.ListOf(Join(a.Arguments[0], b.Arguments[0]));
        }

        if (a.Kind == b.Kind && a.Kind == CelTypeKind.Map)
        {
            return CelType.MapOf(Join(a.Arguments[0], b.Arguments[0]), Join(a.Arguments[1], b.Arguments[1]));
        }

        return CelType.Dyn;
    }

    private static bool IsNullable(CelType value, CelType maybeNull) =>
        maybeNull.Kind == CelTypeKind.Null && value.Kind is CelTypeKind.Record or CelTypeKind.Clr or CelTypeKind.Null
            or CelTypeKind.Timestamp or CelTypeKind.Duration or CelTypeKind.List or CelTypeKind.Map or CelTypeKind.String or CelTypeKind.Bytes;
}
