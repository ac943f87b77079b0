using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Rules.Model;

/// <summary>
/// The type of the values a declaration binds: a CLR type (any class, record or struct) or a schema-defined
/// <see cref="Facts.RecordType"/> whose instances are <see cref="Record"/>s. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A CLR fact type matches every fact assignable to it (so a pattern on a base class or interface also matches
/// derived types). A record fact type matches exactly the <see cref="Record"/>s whose <see cref="Record.Type"/> is
/// that record type (by reference). Equality is by CLR type and record type reference.
/// </remarks>
public sealed class FactType : IEquatable<FactType>
{
    private FactType(Type clrType, RecordType? recordType)
    {
        ClrType = clrType;
        RecordType = recordType;
    }

    /// <summary>The CLR type of the values; <see cref="Record"/> for record fact types.</summary>
    public Type ClrType { get; }

    /// <summary>The schema-defined record type, or <see langword="null"/> for CLR fact types.</summary>
    public RecordType? RecordType { get; }

    /// <summary>A readable name: the record type's name or the CLR type's name.</summary>
    public string Name => RecordType?.Name ?? ClrType.Name;

    /// <summary>The fact type of CLR type <typeparamref name="T"/>.</summary>
    public static FactType Of<T>() => new(typeof(T), null);

    /// <summary>The fact type of a CLR type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clrType"/> is null.</exception>
    public static FactType Of(Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        return new FactType(clrType, null);
    }

    /// <summary>The fact type of a schema-defined record type (sealed by this call).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recordType"/> is null.</exception>
    public static FactType Of(RecordType recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return new FactType(typeof(Record), recordType.Seal());
    }

    /// <summary>True when <paramref name="value"/> is an instance of this fact type.</summary>
    public bool Matches(object? value) => RecordType is null
        ? ClrType.IsInstanceOfType(value)
        : value is Record r && ReferenceEquals(r.Type, RecordType);

    /// <inheritdoc />
    public bool Equals(FactType? other) =>
        other is not null && other.ClrType == ClrType && ReferenceEquals(other.RecordType, RecordType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FactType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClrType, RecordType);

    /// <inheritdoc />
    public override string ToString() => Name;
}
