namespace InclusionStandards.Rules.Facts;

/// <summary>
/// The declared type of a field of a <see cref="RecordType"/>. Immutable and thread-safe.
/// </summary>
public sealed class FieldType
{
    private FieldType(FieldKind kind, FieldType? elementType, RecordType? recordType)
    {
        Kind = kind;
        ElementType = elementType;
        RecordType = recordType;
    }

    /// <summary>Any value.</summary>
    public static FieldType Any { get; } = new(FieldKind.Any, null, null);

    /// <summary>A boolean.</summary>
    public static FieldType Bool { get; } = new(FieldKind.Bool, null, null);

    /// <summary>A signed 64-bit integer.</summary>
    public static FieldType Int { get; } = new(FieldKind.Int, null, null);

    /// <summary>A double.</summary>
    public static FieldType Double { get; } = new(FieldKind.Double, null, null);

    /// <summary>A string.</summary>
    public static FieldType String { get; } = new(FieldKind.String, null, null);

    /// <summary>A timestamp.</summary>
    public static FieldType Timestamp { get; } = new(FieldKind.Timestamp, null, null);

    /// <summary>A duration.</summary>
    public static FieldType Duration { get; } = new(FieldKind.Duration, null, null);

    /// <summary>The kind of value.</summary>
    public FieldKind Kind { get; }

    /// <summary>For lists and maps, the type of the elements (map values); otherwise <see langword="null"/>.</summary>
    public FieldType? ElementType { get; }

    /// <summary>For nested records, the record type; otherwise <see langword="null"/>.</summary>
    public RecordType? RecordType { get; }

    /// <summary>A list of <paramref name="elementType"/>.</summary>
    public static FieldType ListOf(FieldType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        return new FieldType(FieldKind.List, elementType, null);
    }

    /// <summary>A map from strings to <paramref name="valueType"/>.</summary>
    public static FieldType MapOf(FieldType valueType)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        return new FieldType(FieldKind.Map, valueType, null);
    }

    /// <summary>A nested record of <paramref name="recordType"/>.</summary>
    public static FieldType Of(RecordType recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return new FieldType(FieldKind.Record, null, recordType);
    }

    /// <summary>True when values of this type are stored unboxed (bool, int, double, timestamp, duration).</summary>
    public bool IsScalar => Kind is FieldKind.Bool or FieldKind.Int or FieldKind.Double or FieldKind.Timestamp or FieldKind.Duration;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FieldKind.List => $"list<{ElementType}>",
        FieldKind.Map => $"map<string, {ElementType}>",
        FieldKind.Record => RecordType!.Name,
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
