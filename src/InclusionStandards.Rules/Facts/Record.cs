using System.Runtime.CompilerServices;

namespace InclusionStandards.Rules.Facts;

/// <summary>
/// An instance of a schema-defined <see cref="RecordType"/>: a fact whose fields are declared at run time.
/// Immutable and thread-safe; identity is by reference (two records with equal values are distinct facts).
/// </summary>
/// <remarks>
/// Scalar fields (bool, int, double, timestamp, duration) are stored unboxed; read them with the typed
/// accessors. A field that was never set is <em>absent</em>: <see cref="Has(int)"/> is false, which the
/// condition language treats as missing evidence rather than as a default value.
/// </remarks>
public sealed class Record
{
    private readonly long[] _scalars;
    private readonly object?[] _references;
    private readonly bool[] _present;

    internal Record(RecordType type, long[] scalars, object?[] references, bool[] present)
    {
        Type = type;
        _scalars = scalars;
        _references = references;
        _present = present;
    }

    /// <summary>The record's type.</summary>
    public RecordType Type { get; }

    /// <summary>True when the field at <paramref name="index"/> has a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int index) => _present[index];

    /// <summary>True when the named field exists on the type and has a value.</summary>
    public bool Has(string name) => Type.TryGetField(name, out var f) && _present[f.Index];

    /// <summary>Reads a boolean field. Undefined (false) when absent.</summary>
    /// <exception cref="InvalidOperationException">The field is not a bool field.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool GetBool(int index) => Scalar(index, FieldKind.Bool) != 0;

    /// <summary>Reads an integer field. Zero when absent.</summary>
    /// <exception cref="InvalidOperationException">The field is not an int field.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long GetInt(int index) => Scalar(index, FieldKind.Int);

    /// <summary>Reads a double field. Zero when absent.</summary>
    /// <exception cref="InvalidOperationException">The field is not a double field.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double GetDouble(int index) => BitConverter.Int64BitsToDouble(Scalar(index, FieldKind.Double));

    /// <summary>Reads a timestamp field (UTC). <see cref="DateTimeOffset.MinValue"/> ticks when absent.</summary>
    /// <exception cref="InvalidOperationException">The field is not a timestamp field.</exception>
    public DateTimeOffset GetTimestamp(int index) => new(Scalar(index, FieldKind.Timestamp), TimeSpan.Zero);

    /// <summary>Reads a duration field.</summary>
    /// <exception cref="InvalidOperationException">The field is not a duration field.</exception>
    public TimeSpan GetDuration(int index) => new(Scalar(index, FieldKind.Duration));

    /// <summary>The stored bits of a scalar field, after checking that the field has the kind the caller reads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Scalar(int index, FieldKind kind)
    {
        if (Type.Fields[index].Type.Kind != kind)
        {
            ThrowWrongKind(index, kind);
        }

        return _scalars[index];
    }

    private void ThrowWrongKind(int index, FieldKind kind)
    {
        var field = Type.Fields[index];
        throw new InvalidOperationException(
            $"Field '{Type.Name}.{field.Name}' is {field.Type}; it cannot be read as {kind.ToString().ToLowerInvariant()} (use GetValue to read any field).");
    }

    /// <summary>Reads a string, list, map or record field; <see langword="null"/> when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? GetReference(int index) => _references[index];

    /// <summary>Reads a string field; <see langword="null"/> when absent.</summary>
    public string? GetString(int index) => _references[index] as string;

    /// <summary>
    /// Reads any field as an object (boxing scalars): bool, long, double, string, <see cref="DateTimeOffset"/>,
    /// <see cref="TimeSpan"/>, <see cref="IReadOnlyList{T}"/> of object, <see cref="IReadOnlyDictionary{TKey, TValue}"/>
    /// of string to object, or <see cref="Record"/>. <see langword="null"/> when absent.
    /// </summary>
    public object? GetValue(int index)
    {
        if (!_present[index])
        {
            return null;
        }

        var field = Type.Fields[index];
        return field.Type.Kind switch
        {
            FieldKind.Bool => GetBool(index),
            FieldKind.Int => GetInt(index),
            FieldKind.Double => GetDouble(index),
            FieldKind.Timestamp => GetTimestamp(index),
            FieldKind.Duration => GetDuration(index),
            _ => _references[index],
        };
    }

    /// <summary>Reads a field by name; <see langword="null"/> when absent or unknown.</summary>
    public object? GetValue(string name) => Type.TryGetField(name, out var f) ? GetValue(f.Index) : null;

    /// <summary>Returns a builder initialised with this record's values, to make a changed copy.</summary>
    public RecordBuilder ToBuilder() => new(Type, (long[])_scalars.Clone(), (object?[])_references.Clone(), (bool[])_present.Clone());

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        foreach (var f in Type.Fields)
        {
            if (_present[f.Index])
            {
                parts.Add($"{f.Name}: {FormatValue(GetValue(f.Index))}");
            }
        }

        return $"{Type.Name} {{ {string.Join(", ", parts)} }}";
    }

    private static string FormatValue(object? value) => value switch
    {
        string s => $"\"{s}\"",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IReadOnlyList<object?> l => $"[{l.Count} items]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
