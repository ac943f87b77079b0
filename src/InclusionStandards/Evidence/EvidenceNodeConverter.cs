using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <summary>
/// Converts YAML (or JSON) nodes into typed values and <see cref="Record"/>s, checking them against the
/// evidence schema and collecting located diagnostics. One instance per file; not thread-safe.
/// </summary>
internal sealed partial class EvidenceNodeConverter
{
    private readonly EvidenceSchemaInfo _schema;
    private readonly List<Diagnostic> _diagnostics;

    public EvidenceNodeConverter(EvidenceSchemaInfo schema, List<Diagnostic> diagnostics)
    {
        _schema = schema;
        _diagnostics = diagnostics;
    }

    /// <summary>Converts a mapping into a record of <paramref name="type"/>; unknown keys are reported.</summary>
    public Record? ConvertRecord(DataNode node, RecordType type, FieldPath at)
    {
        if (node is not DataMapping map)
        {
            Error(DiagnosticCodes.EvidenceWrongType, node, $"'{at}' must be a mapping of {type.Name} fields, not {Describe(node)}.");
            return null;
        }

        var path = at.ToString();
        var builder = type.CreateBuilder();
        var fieldCount = type.Fields.Length;
        Span<bool> seen = fieldCount <= 256 ? stackalloc bool[fieldCount] : new bool[fieldCount];
        HashSet<string>? unknown = null;
        var entries = map.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var (key, valueNode) = entries[i];
            var known = type.TryGetField(key, out var field);
            if (known ? seen[field.Index] : !(unknown ??= new(StringComparer.Ordinal)).Add(key))
            {
                Error(DiagnosticCodes.EvidenceDuplicateKey, KeyOf(map, i), $"'{FieldPath.Field(path, key)}' is given twice.");
                continue;
            }

            if (!known)
            {
                var names = type.Fields.Select(f => f.Name);
                Error(DiagnosticCodes.EvidenceUnknownField, KeyOf(map, i), $"{type.Name} has no field '{key}'.{Loading.Levenshtein.DidYouMean(key, names)}");
                continue;
            }

            seen[field.Index] = true;
            var value = Convert(valueNode, field.Type, _schema.Field(type, key), FieldPath.Field(path, key));
            if (value is not null)
            {
                builder.Set(field.Index, value);
            }
        }

        var record = builder.Build();
        CheckAtMost(record, map, path);
        return record;
    }

    /// <summary>Converts a node to a value of <paramref name="type"/>; <see langword="null"/> when missing or invalid.</summary>
    public object? Convert(DataNode node, FieldType type, EvidenceFieldDefinition? def, FieldPath path)
    {
        if (IsNull(node))
        {
            return null;
        }

        switch (type.Kind)
        {
            case FieldKind.Record:
                return ConvertRecord(node, type.RecordType!, path);
            case FieldKind.List:
                return ConvertList(node, type.ElementType!, def, path);
            case FieldKind.Map:
                return ConvertMap(node, type.ElementType!, def, path);
            case FieldKind.Any:
                return node is DataScalar s ? s.Value : null;
            default:
                if (node is not DataScalar scalar)
                {
                    Error(DiagnosticCodes.EvidenceWrongType, node, $"'{path}' must be {Article(type)}, not {Describe(node)}.");
                    return null;
                }

                if (scalar.Value is { } raw && TextChecks.FirstControl(raw) is { } control)
                {
                    Error(DiagnosticCodes.EvidenceControlCharacter, scalar, $"'{path}' holds the control character {TextChecks.Name(raw[control.Index])}; evidence values are plain text.");
                    return null;
                }

                var value = new ScalarChecker(this, def, path).Check(scalar, type);
                if (value is DateTimeOffset when)
                {
                    _dates.Add((when, scalar.Location, path.ToString()));
                }
                else if (value is double percent && def is { Unit: "percent", Max: 100 })
                {
                    _percents.Add((percent, scalar.Location, path.ToString()));
                }

                return value;
        }
    }

    private List<object?>? ConvertList(DataNode node, FieldType element, EvidenceFieldDefinition? def, FieldPath at)
    {
        if (node is not DataSequence seq)
        {
            Error(DiagnosticCodes.EvidenceWrongType, node, $"'{at}' must be a list, not {Describe(node)}.");
            return null;
        }

        var path = at.ToString();
        var list = new List<object?>(seq.Items.Length);
        var key = element.Kind == FieldKind.Record ? _schema.KeyOf(element.RecordType!) : null;
        var keys = key is null ? null : new Dictionary<string, (int Index, string Written)>(StringComparer.Ordinal);
        for (var i = 0; i < seq.Items.Length; i++)
        {
            if (keys is not null && seq.Items[i] is DataMapping { } keyed && keyed[key!] is DataScalar { Value: { } written } writtenNode && TextChecks.Normalise(written).StartsWith('#'))
            {
                // Elements without a key are reported as #1, #2…: a key of that form would be confused with another element.
                Error(DiagnosticCodes.EvidenceDuplicateElementKey, writtenNode,
                    $"'{path}[{i}].{key}' is '{written}': keys starting with '#' are reserved for elements without a {key} (reported by position, #1, #2…). Use another {key}.");
            }

            // Keys are compared as a reader sees them: 'bm-01' and 'bm-01 ' (or with a zero-width space) are one member.
            if (keys is not null && seq.Items[i] is DataMapping { } item && item[key!] is DataScalar { Value: { } k } keyNode
                && !keys.TryAdd(TextChecks.Normalise(k), (i, k)))
            {
                var first = keys[TextChecks.Normalise(k)];
                var how = first.Written == k ? string.Empty : " once spaces and invisible characters are set aside";
                Error(DiagnosticCodes.EvidenceDuplicateElementKey, keyNode,
                    $"'{path}[{i}].{key}' is '{k}', like '{path}[{first.Index}].{key}'{how}: each element needs its own {key}, or their results would be reported as one.");
            }
            else if (keys is not null && seq.Items[i] is DataMapping { } named && named[key!] is DataScalar { Value: { } id } idNode
                && !TextChecks.IsBlank(id) && id.Any(TextChecks.IsInvisible))
            {
                // An id is named in results and asked for by `explain --criterion x[id]`: one that holds an invisible character
                // (zero-width space or joiner, soft hyphen…) could never be typed back.
                Error(DiagnosticCodes.EvidenceControlCharacter, idNode,
                    $"'{path}[{i}].{key}' is '{TextChecks.Escape(id)}', which holds an invisible character (zero-width space or joiner, soft hyphen, word joiner, byte-order mark); write the {key} without it.");
            }

            var itemPath = FieldPath.Item(path, i);
            if (IsNull(seq.Items[i]))
            {
                Error(DiagnosticCodes.EvidenceWrongType, seq.Items[i], $"'{itemPath}' is empty; a list cannot hold missing values.");
                continue;
            }

            if (Convert(seq.Items[i], element, def, itemPath) is { } v)
            {
                list.Add(v);
            }
        }

        return list;
    }

    private ImmutableSortedDictionary<string, object?>? ConvertMap(DataNode node, FieldType value, EvidenceFieldDefinition? def, FieldPath at)
    {
        if (node is not DataMapping map)
        {
            Error(DiagnosticCodes.EvidenceWrongType, node, $"'{at}' must be a mapping, not {Describe(node)}.");
            return null;
        }

        var path = at.ToString();
        var result = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < map.Entries.Length; i++)
        {
            var (key, v) = map.Entries[i];
            if (result.ContainsKey(key))
            {
                Error(DiagnosticCodes.EvidenceDuplicateKey, KeyOf(map, i), $"'{path}.{key}' is given twice.");
                continue;
            }

            if (Convert(v, value, def, FieldPath.Field(path, key)) is { } converted)
            {
                result[key] = converted;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The allowed values of a field (its list or its vocabulary's terms).</summary>
    internal ImmutableArray<string> AllowedValues(EvidenceFieldDefinition? def) => _schema.AllowedValues(def);

    /// <summary>Every date and timestamp converted so far, where it was written and its path (see <see cref="EvidenceReader"/>).</summary>
    internal IReadOnlyList<(DateTimeOffset Value, SourceLocation Location, string Path)> Dates => _dates;

    private readonly List<(DateTimeOffset Value, SourceLocation Location, string Path)> _dates = [];

    /// <summary>
    /// Every value of a share in percent (unit <c>percent</c>, at most 100: not a signed difference such as a pay gap),
    /// in reading order.
    /// </summary>
    internal IReadOnlyList<(double Value, SourceLocation Location, string Path)> Percents => _percents;

    private readonly List<(double Value, SourceLocation Location, string Path)> _percents = [];

    internal void Error(string code, DataNode node, string message) => Error(code, node.Location, message);

    internal void Error(string code, SourceLocation location, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, message, location));

    /// <summary>Where the key of the entry at <paramref name="index"/> was written; the value's own location when unknown.</summary>
    internal static SourceLocation KeyOf(DataMapping map, int index) =>
        map.KeyLocations.IsDefault ? map.Entries[index].Value.Location : map.KeyLocations[index];

    internal static bool IsNull(DataNode node) => node is DataScalar { Value: null, Quoted: false };

    internal static string Describe(DataNode node) => node switch
    {
        DataMapping => "a mapping",
        DataSequence => "a list",
        _ => "a single value",
    };

    internal static string Article(FieldType type) => type.Kind switch
    {
        FieldKind.Int => "an integer",
        FieldKind.Double => "a number",
        FieldKind.Bool => "true or false",
        FieldKind.String => "text",
        FieldKind.Timestamp => "a date (2024-03-31) or an RFC 3339 timestamp",
        FieldKind.Duration => "a duration such as 90d or 12h",
        _ => type.ToString(),
    };
}
