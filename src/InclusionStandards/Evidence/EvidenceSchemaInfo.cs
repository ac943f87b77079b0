using System.Collections.Frozen;
using System.Collections.Immutable;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <summary>
/// The evidence schema prepared for reading evidence: the record types (shared with the compiled rules), the
/// field definitions by type and the allowed values of vocabulary fields. Immutable and thread-safe.
/// </summary>
internal sealed class EvidenceSchemaInfo
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, EvidenceFieldDefinition>> _fields;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _vocabularies;

    public EvidenceSchemaInfo(EvidenceSchema schema, EvidenceRecordTypes types, IReadOnlyDictionary<string, ImmutableArray<string>> vocabularies)
    {
        Schema = schema;
        Types = types;
        var fields = schema.Types.ToDictionary(t => t.Name, t => t.Fields.GroupBy(f => f.Name).ToFrozenDictionary(g => g.Key, g => g.First()), StringComparer.Ordinal);
        fields[EvidenceSchema.RootTypeName] = schema.Root.GroupBy(f => f.Name).ToFrozenDictionary(g => g.Key, g => g.First());
        _fields = fields.ToFrozenDictionary(StringComparer.Ordinal);
        _vocabularies = vocabularies.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The model of the schema.</summary>
    public EvidenceSchema Schema { get; }

    /// <summary>The record types built from it.</summary>
    public EvidenceRecordTypes Types { get; }

    /// <summary>The definition of a field of a type; <see langword="null"/> for synthetic fields (period, assessmentDate).</summary>
    public EvidenceFieldDefinition? Field(RecordType type, string name) =>
        _fields.TryGetValue(type.Name, out var byName) && byName.TryGetValue(name, out var def) ? def : null;

    /// <summary>The key field of a type (e.g. <c>id</c> of BoardMember), if declared.</summary>
    public string? KeyOf(RecordType type) => Schema.FindType(type.Name)?.Key;

    /// <summary>True when the field is sensitive or protected.</summary>
    public bool IsSensitive(RecordType type, string name) => Field(type, name) is { Sensitive: true } or { Protected: true };

    /// <summary>The <c>atMost</c> and breakdown checks of the fields of <paramref name="type"/>, worked out once per type.</summary>
    public SiblingCheckSet SiblingChecks(RecordType type) =>
        _siblingChecks.TryGetValue(type, out var checks) ? checks : _siblingChecks.GetOrAdd(type, SiblingChecksOf(type));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<RecordType, SiblingCheckSet> _siblingChecks = new(ReferenceEqualityComparer.Instance);

    private SiblingCheckSet SiblingChecksOf(RecordType type)
    {
        var fields = type.Fields.Select(f => (Field: f, Def: Field(type, f.Name))).ToList();
        var atMost = fields
            .Where(x => x.Def is { AtMost: { } bound } && type.TryGetField(bound, out _))
            .Select(x => (x.Field, Bound: type.Fields.First(f => f.Name == x.Def!.AtMost), x.Def!, Field(type, x.Def!.AtMost!)))
            .ToImmutableArray();
        var groups = fields
            .Where(x => x.Def is { AtMost: not null, Group: not null })
            .GroupBy(x => (x.Def!.AtMost!, x.Def.Group!))
            .Where(g => type.TryGetField(g.Key.Item1, out _))
            .Select(g => new Breakdown(g.Key.Item2, type.Fields.First(f => f.Name == g.Key.Item1), [.. g.Select(x => (x.Field, x.Def!))]))
            .ToImmutableArray();
        return new SiblingCheckSet(atMost, groups);
    }

    /// <summary>The checks of one record type against its own fields.</summary>
    /// <param name="AtMost">Each field with an <c>atMost</c> sibling, that sibling and both definitions.</param>
    /// <param name="Groups">The breakdowns: fields with the same <c>atMost</c> and <c>group</c>.</param>
    internal sealed record SiblingCheckSet(
        ImmutableArray<(RecordField Field, RecordField Bound, EvidenceFieldDefinition Def, EvidenceFieldDefinition? BoundDef)> AtMost,
        ImmutableArray<Breakdown> Groups);

    /// <summary>The parts of one breakdown and the total they cannot exceed together.</summary>
    internal sealed record Breakdown(string Name, RecordField Total, ImmutableArray<(RecordField Field, EvidenceFieldDefinition Def)> Parts);

    /// <summary>The allowed values of a field: its <c>allowed</c> list or its vocabulary's term ids; empty when any value is allowed.</summary>
    public ImmutableArray<string> AllowedValues(EvidenceFieldDefinition? def)
    {
        if (def is null)
        {
            return [];
        }

        if (!def.Allowed.IsDefaultOrEmpty)
        {
            return def.Allowed;
        }

        return def.Vocabulary is { } v && _vocabularies.TryGetValue(v, out var terms) ? terms : [];
    }
}
