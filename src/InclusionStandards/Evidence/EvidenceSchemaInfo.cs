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
