using System.Collections;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Conditions;

/// <summary>Maps between CEL types and the CLR types used by compiled conditions.</summary>
internal static class ClrTypes
{
    /// <summary>The CLR type that holds values of <paramref name="type"/> inside a compiled condition.</summary>
    public static Type Runtime(CelType type) => type.Kind switch
    {
        CelTypeKind.Bool => typeof(bool),
        CelTypeKind.Int => typeof(long),
        CelTypeKind.Uint => typeof(ulong),
        CelTypeKind.Double => typeof(double),
        CelTypeKind.String => typeof(string),
        CelTypeKind.Bytes => typeof(byte[]),
        CelTypeKind.Timestamp => typeof(CelTimestamp),
        CelTypeKind.Duration => typeof(CelDuration),
        CelTypeKind.List => typeof(IReadOnlyList<object?>),
        CelTypeKind.Map => typeof(CelMap),
        CelTypeKind.Type => typeof(CelTypeValue),
        CelTypeKind.Record => typeof(Record),
        CelTypeKind.Clr => type.ClrType!,
        _ => typeof(object),
    };

    /// <summary>The CLR type of a lambda parameter declared with <paramref name="type"/>.</summary>
    public static Type Parameter(CelType type) => type.Kind switch
    {
        CelTypeKind.List or CelTypeKind.Map or CelTypeKind.Type => typeof(object),
        CelTypeKind.Timestamp => typeof(DateTimeOffset),
        CelTypeKind.Duration => typeof(TimeSpan),
        _ => Runtime(type),
    };

    public static CelType ToCelType(Type t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var u = Nullable.GetUnderlyingType(t) ?? t;
        if (u == typeof(bool))
        {
            return CelType.Bool;
        }

        if (u == typeof(long) || u == typeof(int) || u == typeof(short) || u == typeof(sbyte) || u == typeof(byte))
        {
            return CelType.Int;
        }

        if (u == typeof(ulong) || u == typeof(uint) || u == typeof(ushort))
        {
            return CelType.Uint;
        }

        if (u == typeof(double) || u == typeof(float) || u == typeof(decimal))
        {
            return CelType.Double;
        }

        if (u == typeof(string) || u.IsEnum)
        {
            return CelType.String;
        }

        if (u == typeof(byte[]))
        {
            return CelType.Bytes;
        }

        if (u == typeof(DateTimeOffset) || u == typeof(DateTime))
        {
            return CelType.Timestamp;
        }

        if (u == typeof(TimeSpan))
        {
            return CelType.Duration;
        }

        if (u == typeof(Record))
        {
            return CelType.Dyn;
        }

        if (u == typeof(object))
        {
            return CelType.Dyn;
        }

        var dict = FindGeneric(u, typeof(IReadOnlyDictionary<,>)) ?? FindGeneric(u, typeof(IDictionary<,>));
        if (dict is not null)
        {
            return CelType.MapOf(ToCelType(dict[0]), ToCelType(dict[1]));
        }

        var seq = FindGeneric(u, typeof(IEnumerable<>));
        if (seq is not null)
        {
            return CelType.ListOf(ToCelType(seq[0]));
        }

        return typeof(IEnumerable).IsAssignableFrom(u) ? CelType.ListOf(CelType.Dyn) : CelType.ClrObject(u);
    }

    private static Type[]? FindGeneric(Type t, Type definition)
    {
        if (t.IsGenericType && t.GetGenericTypeDefinition() == definition)
        {
            return t.GetGenericArguments();
        }

        var i = t.GetInterfaces().FirstOrDefault(x => x.IsGenericType && x.GetGenericTypeDefinition() == definition);
        return i?.GetGenericArguments();
    }
}
