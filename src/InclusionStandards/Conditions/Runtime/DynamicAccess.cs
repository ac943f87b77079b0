using System.Reflection;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Conditions.Runtime;

/// <summary>Field selection, presence tests and iteration on values whose type is known only at run time.</summary>
internal static class DynamicAccess
{
    public static object? Select(object? operand, string field, string? path) => operand switch
    {
        CelMap m => m.Get(field),
        Record r when r.Type.TryGetField(field, out var f) =>
            r.Has(f.Index) ? CelValues.Normalize(r.GetValue(f.Index)) : throw new CelUnknownException([path ?? field]),
        Record r => throw new CelErrorException($"no such field '{field}' on {r.Type.Name}"),
        null when path is not null => throw new CelUnknownException([path]),
        null => throw new CelErrorException($"cannot select field '{field}' from null"),
        _ when Property(operand, field) is { } p => CelValues.Normalize(p.GetValue(operand)) ?? throw new CelUnknownException([path ?? field]),
        _ => throw new CelErrorException($"type '{CelValues.TypeName(operand)}' does not support field selection"),
    };

    public static bool Has(object? operand, string field) => operand switch
    {
        CelMap m => m.ContainsKey(field),
        Record r => r.Has(field),
        null => false,
        _ when Property(operand, field) is { } p => p.GetValue(operand) is not null,
        _ => throw new CelErrorException($"type '{CelValues.TypeName(operand)}' does not support field selection"),
    };

    /// <summary>The elements of a list, or the keys of a map, for comprehensions.</summary>
    public static IReadOnlyList<object?> Items(object? range) => range switch
    {
        IReadOnlyList<object?> l => l,
        CelMap m => m.Keys.ToArray(),
        _ => throw new CelErrorException($"cannot iterate over {CelValues.TypeName(range)}"),
    };

    public static CelMap MapOrMissing(object? value, string path) =>
        value is null ? throw new CelUnknownException([path]) : CelValues.ToMap(value);

    public static IReadOnlyList<object?> ListOrMissing(object? value, string path) =>
        value is null ? throw new CelUnknownException([path]) : CelValues.ToList(value);

    /// <summary>Converts an argument passed as object to a declared variable's CLR type.</summary>
    public static T Argument<T>(object? value, string name)
    {
        var v = value is T t ? t : (object?)CelValues.Normalize(value);
        return v is T ok ? ok : v is null ? default! : throw new CelErrorException($"argument '{name}' is a {CelValues.TypeName(value)}, not the declared type");
    }

    private static PropertyInfo? Property(object o, string name) =>
        o.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
}
