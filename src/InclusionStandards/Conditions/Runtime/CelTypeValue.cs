namespace InclusionStandards.Conditions.Runtime;

/// <summary>A type as a value (the result of <c>type(x)</c> or a type name such as <c>int</c>). Equal by name.</summary>
internal sealed record CelTypeValue(string Name)
{
    public static readonly CelTypeValue Int = new("int");
    public static readonly CelTypeValue Uint = new("uint");
    public static readonly CelTypeValue Double = new("double");
    public static readonly CelTypeValue Bool = new("bool");
    public static readonly CelTypeValue String = new("string");
    public static readonly CelTypeValue Bytes = new("bytes");
    public static readonly CelTypeValue List = new("list");
    public static readonly CelTypeValue Map = new("map");
    public static readonly CelTypeValue NullType = new("null_type");
    public static readonly CelTypeValue Type = new("type");
    public static readonly CelTypeValue Timestamp = new("google.protobuf.Timestamp");
    public static readonly CelTypeValue Duration = new("google.protobuf.Duration");

    /// <summary>Type names usable as identifiers in expressions.</summary>
    public static readonly IReadOnlyDictionary<string, CelTypeValue> ByName =
        new[] { Int, Uint, Double, Bool, String, Bytes, List, Map, NullType, Type, Timestamp, Duration }.ToDictionary(t => t.Name);

    public override string ToString() => Name;
}
