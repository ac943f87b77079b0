using System.Collections.Immutable;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Conditions;

/// <summary>
/// A type of the condition language: a CEL primitive, a list or map type, a schema-defined record type, or a CLR
/// type. Immutable and thread-safe; equality is structural.
/// </summary>
public sealed class CelType : IEquatable<CelType>
{
    private CelType(CelTypeKind kind, ImmutableArray<CelType> args = default, RecordType? record = null, Type? clr = null, string? param = null, ClosedValues? closed = null)
    {
        Closed = closed;
        Kind = kind;
        Arguments = args.IsDefault ? ImmutableArray<CelType>.Empty : args;
        RecordType = record;
        ClrType = clr;
        ParamName = param;
    }

    /// <summary>Any type (checked at run time).</summary>
    public static CelType Dyn { get; } = new(CelTypeKind.Dyn);

    /// <summary>bool.</summary>
    public static CelType Bool { get; } = new(CelTypeKind.Bool);

    /// <summary>int (64-bit signed).</summary>
    public static CelType Int { get; } = new(CelTypeKind.Int);

    /// <summary>uint (64-bit unsigned).</summary>
    public static CelType Uint { get; } = new(CelTypeKind.Uint);

    /// <summary>double.</summary>
    public static CelType Double { get; } = new(CelTypeKind.Double);

    /// <summary>string.</summary>
    public static CelType String { get; } = new(CelTypeKind.String);

    /// <summary>bytes.</summary>
    public static CelType Bytes { get; } = new(CelTypeKind.Bytes);

    /// <summary>The type of <c>null</c>.</summary>
    public static CelType Null { get; } = new(CelTypeKind.Null);

    /// <summary>google.protobuf.Timestamp.</summary>
    public static CelType Timestamp { get; } = new(CelTypeKind.Timestamp);

    /// <summary>google.protobuf.Duration.</summary>
    public static CelType Duration { get; } = new(CelTypeKind.Duration);

    /// <summary>The type of type values.</summary>
    public static CelType TypeType { get; } = new(CelTypeKind.Type);

    /// <summary>The kind of type.</summary>
    public CelTypeKind Kind { get; }

    /// <summary>Type arguments: the element type of a list; the key and value types of a map.</summary>
    public ImmutableArray<CelType> Arguments { get; }

    /// <summary>For <see cref="CelTypeKind.Record"/>, the record type.</summary>
    public RecordType? RecordType { get; }

    /// <summary>For <see cref="CelTypeKind.Clr"/>, the CLR type.</summary>
    public Type? ClrType { get; }

    internal string? ParamName { get; }

    /// <summary>
    /// For a string whose values are closed (an <c>allowed</c> list or a vocabulary of the evidence schema): those values.
    /// Equality ignores it: a closed string is a string to every overload; checks of literals against it read it.
    /// </summary>
    internal ClosedValues? Closed { get; }

    /// <summary>A string type whose values are <paramref name="values"/>.</summary>
    internal static CelType ClosedString(ClosedValues values) => new(CelTypeKind.String, closed: values);

    /// <summary>The element type of a list, or the value type of a map; <see cref="Dyn"/> otherwise.</summary>
    public CelType ElementType => Kind == CelTypeKind.List ? Arguments[0] : Kind == CelTypeKind.Map ? Arguments[1] : Dyn;

    /// <summary>A list of <paramref name="element"/>.</summary>
    public static CelType ListOf(CelType element) => new(CelTypeKind.List, [element]);

    /// <summary>A map from <paramref name="key"/> to <paramref name="value"/>.</summary>
    public static CelType MapOf(CelType key, CelType value) => new(CelTypeKind.Map, [key, value]);

    /// <summary>A schema-defined record type (its fields are read from <see cref="Record"/> values).</summary>
    public static CelType Of(RecordType recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return new(CelTypeKind.Record, record: recordType.Seal());
    }

    /// <summary>
    /// The CEL type of a CLR type: primitives map to CEL primitives (int/long → int, float/double/decimal → double,
    /// DateTime/DateTimeOffset → timestamp, TimeSpan → duration), sequences to lists, string-keyed dictionaries to
    /// maps, and any other class to a CLR object type whose public properties are fields.
    /// </summary>
    public static CelType Of(Type clrType) => ClrTypes.ToCelType(clrType);

    /// <summary>Converts a record field type.</summary>
    public static CelType Of(FieldType fieldType)
    {
        ArgumentNullException.ThrowIfNull(fieldType);
        return fieldType.Kind switch
        {
            FieldKind.Bool => Bool,
            FieldKind.Int => Int,
            FieldKind.Double => Double,
            FieldKind.String => String,
            FieldKind.Timestamp => Timestamp,
            FieldKind.Duration => Duration,
            FieldKind.List => ListOf(Of(fieldType.ElementType!)),
            FieldKind.Map => MapOf(String, Of(fieldType.ElementType!)),
            FieldKind.Record => Of(fieldType.RecordType!),
            _ => Dyn,
        };
    }

    internal static CelType ClrObject(Type clrType) => new(CelTypeKind.Clr, clr: clrType);

    internal static CelType Param(string name) => new(CelTypeKind.Param, param: name);

    /// <inheritdoc />
    public bool Equals(CelType? other) =>
        other is not null && Kind == other.Kind && RecordType == other.RecordType && ClrType == other.ClrType
        && ParamName == other.ParamName && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CelType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, RecordType, ClrType, ParamName, Arguments.Length);

    /// <summary>The type as CEL writes it, e.g. <c>list(int)</c>, <c>map(string, double)</c>.</summary>
    public override string ToString() => Kind switch
    {
        CelTypeKind.List => $"list({Arguments[0]})",
        CelTypeKind.Map => $"map({Arguments[0]}, {Arguments[1]})",
        CelTypeKind.Record => RecordType!.Name,
        CelTypeKind.Clr => ClrType!.Name,
        CelTypeKind.Param => ParamName!,
        CelTypeKind.Null => "null",
        CelTypeKind.Timestamp => "timestamp",
        CelTypeKind.Duration => "duration",
        CelTypeKind.Type => "type",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
