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
        static bool IsNumber(RecordField f) => f.Type.Kind is FieldKind.Int or FieldKind.Double;
        RecordField? Sibling(string? name) => name is not null && type.TryGetField(name, out var f) ? f : null;
        var atMost = fields
            .Where(x => IsNumber(x.Field) && Sibling(x.Def?.AtMost) is { } b && IsNumber(b))
            .Select(x => (x.Field, Bound: Sibling(x.Def!.AtMost)!, x.Def!, Field(type, x.Def!.AtMost!)))
            .ToImmutableArray();
        var groups = fields
            .Where(x => x.Def is { AtMost: not null, Group: not null } && IsNumber(x.Field))
            .GroupBy(x => (x.Def!.AtMost!, x.Def.Group!))
            .Where(g => Sibling(g.Key.Item1) is { } total && IsNumber(total))
            .Select(g => new Breakdown(g.Key.Item2, Sibling(g.Key.Item1)!, [.. g.Select(x => (x.Field, x.Def!))]))
            .ToImmutableArray();
        var shares = fields
            .Where(x => x.Def is { AtMost: null, Group: not null } && IsNumber(x.Field) && Validation.CheckStage.IsShare(x.Def))
            .GroupBy(x => x.Def!.Group!)
            .Select(g => new Breakdown(g.Key, null, [.. g.Select(x => (x.Field, x.Def!))]))
            .ToImmutableArray();
        var shareOf = fields
            .Where(x => IsNumber(x.Field) && Sibling(x.Def?.ShareOf) is { } c && IsNumber(c))
            .Select(x => (x.Field, Sibling(x.Def!.ShareOf)!))
            .ToImmutableArray();
        var bounds = fields
            .SelectMany(x => new[] { (x.Field, x.Def, Spec: x.Def?.AtMost, Usually: false), (x.Field, x.Def, Spec: x.Def?.UsuallyAtMost, Usually: true) })
            .Where(x => x.Spec is not null && x.Def is not null && (x.Field.Type.Kind == FieldKind.Record ? Validation.EvidenceBoundPaths.IsPath(x.Spec) || Sibling(x.Spec)?.Type.Kind == FieldKind.Record
                : IsNumber(x.Field) && (Validation.EvidenceBoundPaths.IsPath(x.Spec) || (x.Usually && Sibling(x.Spec) is { } s && IsNumber(s)))))
            .Select(x => new Bound(x.Field, x.Def!, x.Spec!, x.Usually))
            .ToImmutableArray();
        return new SiblingCheckSet(atMost, groups, shares, shareOf, bounds);
    }

    /// <summary>The checks of one record type against its own fields and against figures elsewhere in the evidence.</summary>
    /// <param name="AtMost">Each number with an <c>atMost</c> sibling number, that sibling and both definitions (EVD116).</param>
    /// <param name="Groups">The breakdowns: numbers with the same <c>atMost</c> and <c>group</c> (EVD116).</param>
    /// <param name="Shares">The shares in percent of one whole: a <c>group</c> without <c>atMost</c> (EVD121).</param>
    /// <param name="ShareOf">Each share and the count it is a share of (EVD124).</param>
    /// <param name="Bounds">The other bounds: paths, records, and <c>usuallyAtMost</c> siblings (EVD122, EVD123).</param>
    internal sealed record SiblingCheckSet(
        ImmutableArray<(RecordField Field, RecordField Bound, EvidenceFieldDefinition Def, EvidenceFieldDefinition? BoundDef)> AtMost,
        ImmutableArray<Breakdown> Groups,
        ImmutableArray<Breakdown> Shares,
        ImmutableArray<(RecordField Share, RecordField Count)> ShareOf,
        ImmutableArray<Bound> Bounds);

    /// <summary>The parts of one breakdown and the total they cannot exceed together (null: shares of 100 %).</summary>
    internal sealed record Breakdown(string Name, RecordField? Total, ImmutableArray<(RecordField Field, EvidenceFieldDefinition Def)> Parts);

    /// <summary>A field bounded by a sibling (record or, when usual, number) or a path: <paramref name="Spec"/> as written.</summary>
    internal sealed record Bound(RecordField Field, EvidenceFieldDefinition Def, string Spec, bool Usually);

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
