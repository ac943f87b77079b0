namespace InclusionStandards.Conditions;

/// <summary>The kind of a <see cref="CelType"/>.</summary>
public enum CelTypeKind
{
    /// <summary>Any type; checked when the condition runs.</summary>
    Dyn,
    /// <summary>A boolean (CLR <see cref="bool"/>).</summary>
    Bool,
    /// <summary>A signed 64-bit integer (CLR <see cref="long"/>).</summary>
    Int,
    /// <summary>An unsigned 64-bit integer (CLR <see cref="ulong"/>).</summary>
    Uint,
    /// <summary>A 64-bit floating-point number (CLR <see cref="double"/>).</summary>
    Double,
    /// <summary>A Unicode string (CLR <see cref="string"/>).</summary>
    String,
    /// <summary>A byte sequence (CLR <c>byte[]</c>).</summary>
    Bytes,
    /// <summary>The null value.</summary>
    Null,
    /// <summary>An instant (CLR <see cref="DateTimeOffset"/>, UTC).</summary>
    Timestamp,
    /// <summary>A length of time (CLR <see cref="TimeSpan"/>).</summary>
    Duration,
    /// <summary>A list (CLR <see cref="IReadOnlyList{T}"/> of object).</summary>
    List,
    /// <summary>A map.</summary>
    Map,
    /// <summary>A type value, e.g. the result of <c>type(x)</c>.</summary>
    Type,
    /// <summary>A schema-defined record (<see cref="Rules.Facts.Record"/>).</summary>
    Record,
    /// <summary>A CLR object whose public properties are its fields.</summary>
    Clr,
    /// <summary>A type parameter in a function signature (internal use).</summary>
    Param,
}
