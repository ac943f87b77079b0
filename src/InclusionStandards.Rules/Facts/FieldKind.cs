namespace InclusionStandards.Rules.Facts;

/// <summary>The kind of value a field of a schema-defined record holds.</summary>
public enum FieldKind
{
    /// <summary>Any value; checked at run time.</summary>
    Any,
    /// <summary>A boolean.</summary>
    Bool,
    /// <summary>A signed 64-bit integer.</summary>
    Int,
    /// <summary>A 64-bit floating-point number.</summary>
    Double,
    /// <summary>A string.</summary>
    String,
    /// <summary>An instant in time (<see cref="DateTimeOffset"/>, UTC).</summary>
    Timestamp,
    /// <summary>A length of time (<see cref="TimeSpan"/>).</summary>
    Duration,
    /// <summary>A list of values of <see cref="FieldType.ElementType"/>.</summary>
    List,
    /// <summary>A map from strings to values of <see cref="FieldType.ElementType"/>.</summary>
    Map,
    /// <summary>A nested record of <see cref="FieldType.RecordType"/>.</summary>
    Record,
}
