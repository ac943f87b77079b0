using System.Collections.Frozen;
using System.Collections.Immutable;

namespace InclusionStandards.Rules.Facts;

/// <summary>
/// A fact type declared at run time (for example from a YAML evidence schema) rather than as a CLR type.
/// Instances are <see cref="Record"/>s. Immutable and thread-safe once <see cref="Seal"/>ed.
/// </summary>
/// <remarks>
/// Field types may refer to record types declared later (or to this type itself), so a record type is
/// created empty, its fields are added with <see cref="AddField"/>, and it is then sealed. Records can only be
/// built for sealed types.
/// </remarks>
public sealed class RecordType
{
    private readonly List<RecordField> _fields = new();
    private FrozenDictionary<string, RecordField>? _byName;
    private ImmutableArray<RecordField> _sealedFields;

    /// <summary>Creates an unsealed record type with no fields.</summary>
    /// <param name="name">The type name, e.g. <c>BoardMember</c>.</param>
    public RecordType(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>True once <see cref="Seal"/> has been called.</summary>
    public bool IsSealed => _byName is not null;

    /// <summary>The fields in declaration order. Only available after <see cref="Seal"/>.</summary>
    public ImmutableArray<RecordField> Fields =>
        IsSealed ? _sealedFields : throw new InvalidOperationException($"Record type '{Name}' is not sealed yet.");

    /// <summary>Adds a field. Fails if the type is sealed or the name is already used.</summary>
    /// <returns>The new field.</returns>
    public RecordField AddField(string name, FieldType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        if (IsSealed)
        {
            throw new InvalidOperationException($"Record type '{Name}' is sealed; field '{name}' cannot be added.");
        }

        if (_fields.Exists(f => f.Name == name))
        {
            throw new ArgumentException($"Record type '{Name}' already has a field named '{name}'.", nameof(name));
        }

        var field = new RecordField(name, type, _fields.Count);
        _fields.Add(field);
        return field;
    }

    /// <summary>Freezes the field list. Idempotent.</summary>
    /// <returns>This instance.</returns>
    public RecordType Seal()
    {
        if (!IsSealed)
        {
            _sealedFields = _fields.ToImmutableArray();
            _byName = _fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
        }

        return this;
    }

    /// <summary>Looks up a field by name.</summary>
    public bool TryGetField(string name, out RecordField field)
    {
        if (_byName is null)
        {
            return TryFindUnsealed(name, out field);
        }

        return _byName.TryGetValue(name, out field!);
    }

    // Apart, so that the lookup of a sealed type (every record read or evaluated) allocates no closure for the lambda.
    private bool TryFindUnsealed(string name, out RecordField field)
    {
        var found = _fields.Find(f => f.Name == name);
        field = found!;
        return found is not null;
    }

    /// <summary>Starts building a record of this (sealed) type.</summary>
    public RecordBuilder CreateBuilder() => new(Seal());

    /// <inheritdoc />
    public override string ToString() => Name;
}
