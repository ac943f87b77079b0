using System.Collections.Frozen;
using System.Collections.Immutable;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Model;

/// <summary>
/// The sealed record types built from an <see cref="EvidenceSchema"/>: what the evaluator builds facts with and
/// the condition compiler type-checks against. Immutable and thread-safe.
/// </summary>
public sealed class EvidenceRecordTypes
{
    private readonly FrozenDictionary<string, RecordType> _byName;

    private EvidenceRecordTypes(RecordType root, RecordType period, FrozenDictionary<string, RecordType> byName, ImmutableArray<RecordType> all)
    {
        Root = root;
        Period = period;
        _byName = byName;
        All = all;
    }

    /// <summary>The root <c>Evidence</c> type: <c>organisation</c>, <c>period</c>, <c>assessmentDate</c> and the schema's root fields.</summary>
    public RecordType Root { get; }

    /// <summary>The <c>Period</c> type with <c>start</c> and <c>end</c> timestamps.</summary>
    public RecordType Period { get; }

    /// <summary>Every type: the declared ones in declaration order, then <c>Period</c>, then <c>Evidence</c>.</summary>
    public ImmutableArray<RecordType> All { get; }

    /// <summary>Looks up a type by name (declared types, <c>Period</c>, <c>Evidence</c>).</summary>
    public bool TryGet(string name, out RecordType type) => _byName.TryGetValue(name, out type!);

    /// <summary>Maps a schema type reference to an engine field type; undeclared names map to <see cref="FieldType.Any"/>.</summary>
    public FieldType ToFieldType(TypeReference type) => Map(type, _byName);

    internal static EvidenceRecordTypes Build(EvidenceSchema schema)
    {
        var byName = new Dictionary<string, RecordType>(StringComparer.Ordinal);
        var declared = new List<RecordType>();
        foreach (var t in schema.Types)
        {
            if (!byName.ContainsKey(t.Name))
            {
                var rt = new RecordType(t.Name);
                byName.Add(t.Name, rt);
                declared.Add(rt);
            }
        }

        foreach (var t in schema.Types)
        {
            var rt = byName[t.Name];
            foreach (var f in t.Fields)
            {
                if (!rt.TryGetField(f.Name, out _))
                {
                    rt.AddField(f.Name, Map(f.Type, byName));
                }
            }
        }

        var period = new RecordType(EvidenceSchema.PeriodTypeName);
        period.AddField("start", FieldType.Timestamp);
        period.AddField("end", FieldType.Timestamp);
        byName.TryAdd(EvidenceSchema.PeriodTypeName, period);

        var root = new RecordType(EvidenceSchema.RootTypeName);
        root.AddField("organisation", byName.TryGetValue(EvidenceSchema.OrganisationTypeName, out var org) ? FieldType.Of(org) : FieldType.Any);
        root.AddField("period", FieldType.Of(period));
        root.AddField("assessmentDate", FieldType.Timestamp);
        foreach (var f in schema.Root)
        {
            if (!root.TryGetField(f.Name, out _))
            {
                root.AddField(f.Name, Map(f.Type, byName));
            }
        }

        byName.TryAdd(EvidenceSchema.RootTypeName, root);
        foreach (var rt in declared)
        {
            rt.Seal();
        }

        period.Seal();
        root.Seal();
        return new EvidenceRecordTypes(root, period, byName.ToFrozenDictionary(StringComparer.Ordinal), [.. declared, period, root]);
    }

    private static FieldType Map(TypeReference type, IReadOnlyDictionary<string, RecordType> byName) => type.Kind switch
    {
        TypeReferenceKind.Bool => FieldType.Bool,
        TypeReferenceKind.Int => FieldType.Int,
        TypeReferenceKind.Double => FieldType.Double,
        TypeReferenceKind.String => FieldType.String,
        TypeReferenceKind.Timestamp => FieldType.Timestamp,
        TypeReferenceKind.Duration => FieldType.Duration,
        TypeReferenceKind.List => FieldType.ListOf(Map(type.Element!, byName)),
        TypeReferenceKind.Map => FieldType.MapOf(Map(type.Element!, byName)),
        _ => byName.TryGetValue(type.Name!, out var rt) ? FieldType.Of(rt) : FieldType.Any,
    };
}
