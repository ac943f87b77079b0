using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;

namespace InclusionStandards.Rules.Facts;

/// <summary>
/// Builds a <see cref="Record"/>. Not thread-safe; each <see cref="Build"/> returns an independent immutable record.
/// </summary>
public sealed class RecordBuilder
{
    private long[] _scalars;
    private object?[] _references;
    private bool[] _present;

    internal RecordBuilder(RecordType type)
        : this(type, new long[type.Fields.Length], new object?[type.Fields.Length], new bool[type.Fields.Length])
    {
    }

    internal RecordBuilder(RecordType type, long[] scalars, object?[] references, bool[] present)
    {
        Type = type;
        _scalars = scalars;
        _references = references;
        _present = present;
    }

    /// <summary>The type of the record being built.</summary>
    public RecordType Type { get; }

    /// <summary>Sets a boolean field.</summary>
    public RecordBuilder Set(int index, bool value) => SetScalar(index, FieldKind.Bool, value ? 1 : 0);

    /// <summary>Sets an integer field (or a double field, converting).</summary>
    public RecordBuilder Set(int index, long value) =>
        Kind(index) == FieldKind.Double ? Set(index, (double)value) : SetScalar(index, FieldKind.Int, value);

    /// <summary>Sets a double field.</summary>
    public RecordBuilder Set(int index, double value) => SetScalar(index, FieldKind.Double, BitConverter.DoubleToInt64Bits(value));

    /// <summary>Sets a timestamp field (stored as UTC).</summary>
    public RecordBuilder Set(int index, DateTimeOffset value) => SetScalar(index, FieldKind.Timestamp, value.UtcTicks);

    /// <summary>Sets a duration field.</summary>
    public RecordBuilder Set(int index, TimeSpan value) => SetScalar(index, FieldKind.Duration, value.Ticks);

    /// <summary>
    /// Sets any field from an object of the matching CLR type (see <see cref="Record.GetValue(int)"/>);
    /// <see langword="null"/> makes the field absent.
    /// </summary>
    /// <exception cref="ArgumentException">The value does not fit the field's declared type.</exception>
    public RecordBuilder Set(int index, object? value)
    {
        if (value is null)
        {
            return Clear(index);
        }

        var field = Type.Fields[index];
        switch (field.Type.Kind, value)
        {
            case (FieldKind.Bool, bool b):
                return Set(index, b);
            case (FieldKind.Int, long l):
                return Set(index, l);
            case (FieldKind.Int, int i):
                return Set(index, (long)i);
            case (FieldKind.Double, double d):
                return Set(index, d);
            case (FieldKind.Double, long l):
                return Set(index, (double)l);
            case (FieldKind.Double, int i):
                return Set(index, (double)i);
            case (FieldKind.Timestamp, DateTimeOffset t):
                return Set(index, t);
            case (FieldKind.Duration, TimeSpan s):
                return Set(index, s);
            case (FieldKind.List, IReadOnlyList<object?> list):
                return SetReference(index, ReadOnly(list));
            case (FieldKind.Map, IReadOnlyDictionary<string, object?> map):
                return SetReference(index, ReadOnly(map));
            case (FieldKind.String, string):
            case (FieldKind.Record, Record r) when ReferenceEquals(r.Type, field.Type.RecordType):
            case (FieldKind.Any, _):
                return SetReference(index, value);
            default:
                throw new ArgumentException(
                    $"Field '{Type.Name}.{field.Name}' is {field.Type}; a {value.GetType().Name} cannot be stored in it.",
                    nameof(value));
        }
    }

    private RecordBuilder SetReference(int index, object value)
    {
        _references[index] = value;
        _present[index] = true;
        return this;
    }

    /// <summary>The list itself when nobody can change it, else a read-only copy (a record never changes after it is built).</summary>
    private static IReadOnlyList<object?> ReadOnly(IReadOnlyList<object?> list) =>
        list is ImmutableArray<object?> or ImmutableList<object?> ? list : new ReadOnlyCollection<object?>([.. list]);

    /// <summary>The map itself when nobody can change it, else a read-only copy.</summary>
    private static IReadOnlyDictionary<string, object?> ReadOnly(IReadOnlyDictionary<string, object?> map) =>
        map is ImmutableSortedDictionary<string, object?> or ImmutableDictionary<string, object?> or FrozenDictionary<string, object?>
            ? map
            : map.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Sets a field by name.</summary>
    /// <exception cref="ArgumentException">The type has no such field, or the value does not fit.</exception>
    public RecordBuilder Set(string name, object? value)
    {
        if (!Type.TryGetField(name, out var field))
        {
            throw new ArgumentException($"Record type '{Type.Name}' has no field '{name}'.", nameof(name));
        }

        return Set(field.Index, value);
    }

    /// <summary>Makes a field absent.</summary>
    public RecordBuilder Clear(int index)
    {
        _scalars[index] = 0;
        _references[index] = null;
        _present[index] = false;
        return this;
    }

    /// <summary>Returns the record. The builder may be reused; later changes do not affect the returned record.</summary>
    public Record Build()
    {
        var record = new Record(Type, _scalars, _references, _present);
        _scalars = (long[])_scalars.Clone();
        _references = (object?[])_references.Clone();
        _present = (bool[])_present.Clone();
        return record;
    }

    private FieldKind Kind(int index) => Type.Fields[index].Type.Kind;

    private RecordBuilder SetScalar(int index, FieldKind expected, long bits)
    {
        var actual = Kind(index);
        if (actual != expected)
        {
            throw new ArgumentException(
                $"Field '{Type.Name}.{Type.Fields[index].Name}' is {Type.Fields[index].Type}, not {expected.ToString().ToLowerInvariant()}.",
                nameof(index));
        }

        _scalars[index] = bits;
        _present[index] = true;
        return this;
    }
}
