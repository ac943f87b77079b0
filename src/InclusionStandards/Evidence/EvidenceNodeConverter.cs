using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <summary>
/// Converts YAML (or JSON) nodes into typed values and <see cref="Record"/>s, checking them against the
/// evidence schema and collecting located diagnostics. One instance per file; not thread-safe.
/// </summary>
internal sealed class EvidenceNodeConverter
{
    private readonly EvidenceSchemaInfo _schema;
    private readonly List<Diagnostic> _diagnostics;
    private readonly IReadOnlyDictionary<DataNode, SourceLocation> _keys;

    public EvidenceNodeConverter(EvidenceSchemaInfo schema, List<Diagnostic> diagnostics, IReadOnlyDictionary<DataNode, SourceLocation>? keyLocations = null)
    {
        _schema = schema;
        _diagnostics = diagnostics;
        _keys = keyLocations ?? new Dictionary<DataNode, SourceLocation>();
    }

    /// <summary>Converts a mapping into a record of <paramref name="type"/>; unknown keys are reported.</summary>
    public Record? ConvertRecord(DataNode node, RecordType type, string path)
    {
        if (node is not DataMapping map)
        {
            Error(EvidenceCodes.WrongType, node, $"'{path}' must be a mapping of {type.Name} fields, not {Describe(node)}.");
            return null;
        }

        var builder = type.CreateBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, valueNode) in map.Entries)
        {
            var keyNode = KeyOf(valueNode);
            var fieldPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!seen.Add(key))
            {
                Error(EvidenceCodes.DuplicateKey, keyNode, $"'{fieldPath}' is given twice.");
                continue;
            }

            if (!type.TryGetField(key, out var field))
            {
                var names = type.Fields.Select(f => f.Name);
                Error(EvidenceCodes.UnknownField, keyNode, $"{type.Name} has no field '{key}'.{Loading.Levenshtein.DidYouMean(key, names)}");
                continue;
            }

            var value = Convert(valueNode, field.Type, _schema.Field(type, key), fieldPath);
            if (value is not null)
            {
                builder.Set(field.Index, value);
            }
        }

        var record = builder.Build();
        CheckAtMost(record, map, path);
        return record;
    }

    /// <summary>Refuses a value above the sibling field its definition names in <c>atMost</c> (EVD116): both are given, and it cannot be.</summary>
    internal void CheckAtMost(Record record, DataMapping map, string path)
    {
        CheckGroups(record, map, path);
        foreach (var field in record.Type.Fields)
        {
            if (_schema.Field(record.Type, field.Name) is not { AtMost: { } bound } def || !record.Type.TryGetField(bound, out var other)
                || !record.Has(field.Index) || !record.Has(other.Index) || map[field.Name] is not { } node)
            {
                continue;
            }

            var value = System.Convert.ToDouble(record.GetValue(field.Index), System.Globalization.CultureInfo.InvariantCulture);
            var limit = System.Convert.ToDouble(record.GetValue(other.Index), System.Globalization.CultureInfo.InvariantCulture);
            if (value > limit)
            {
                var prefix = path.Length == 0 ? string.Empty : path + ".";
                var shown = def.Sensitive || def.Protected || _schema.Field(record.Type, bound) is { Sensitive: true } or { Protected: true }
                    ? string.Empty
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({value} > {limit})");
                Error(EvidenceCodes.AboveSibling, node, $"'{prefix}{field.Name}' is more than '{prefix}{bound}'{shown}, which it can never exceed; check both figures.");
            }
        }
    }

    /// <summary>
    /// Refuses the parts of a breakdown (fields with the same <c>atMost</c> and <c>group</c>) that sum to more than their
    /// total (EVD116): 4,000 BME and 3,600 white staff in a headcount of 5,000. Judged when the total and at least two
    /// parts are given; reported at the first part.
    /// </summary>
    private void CheckGroups(Record record, DataMapping map, string path)
    {
        var groups = record.Type.Fields
            .Select(f => (Field: f, Def: _schema.Field(record.Type, f.Name)))
            .Where(x => x.Def is { AtMost: not null, Group: not null } && record.Has(x.Field.Index))
            .GroupBy(x => (x.Def!.AtMost!, x.Def.Group!));
        foreach (var group in groups)
        {
            var parts = group.ToList();
            if (parts.Count < 2 || !record.Type.TryGetField(group.Key.Item1, out var total) || !record.Has(total.Index) || map[parts[0].Field.Name] is not { } node)
            {
                continue;
            }

            var sum = parts.Sum(p => System.Convert.ToDouble(record.GetValue(p.Field.Index), System.Globalization.CultureInfo.InvariantCulture));
            var limit = System.Convert.ToDouble(record.GetValue(total.Index), System.Globalization.CultureInfo.InvariantCulture);
            if (sum > limit)
            {
                var prefix = path.Length == 0 ? string.Empty : path + ".";
                var names = string.Join(" + ", parts.Select(p => $"'{prefix}{p.Field.Name}'"));
                var shown = parts.Any(p => p.Def is { Sensitive: true } or { Protected: true })
                    ? string.Empty
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({sum} > {limit})");
                Error(EvidenceCodes.AboveSibling, node, $"{names} (the {group.Key.Item2} breakdown) is more than '{prefix}{group.Key.Item1}'{shown}: the parts of a total can never add up to more than it; check the figures.");
            }
        }
    }

    /// <summary>Converts a node to a value of <paramref name="type"/>; <see langword="null"/> when missing or invalid.</summary>
    public object? Convert(DataNode node, FieldType type, EvidenceFieldDefinition? def, string path)
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
                    Error(EvidenceCodes.WrongType, node, $"'{path}' must be {Article(type)}, not {Describe(node)}.");
                    return null;
                }

                if (scalar.Value is { } raw && TextChecks.FirstControl(raw) is { } control)
                {
                    Error(EvidenceCodes.ControlCharacter, scalar, $"'{path}' holds the control character {TextChecks.Name(raw[control.Index])}; evidence values are plain text.");
                    return null;
                }

                var value = new ScalarChecker(this, def, path).Check(scalar, type);
                if (value is DateTimeOffset when)
                {
                    _dates.Add((when, scalar.Location, path));
                }
                else if (value is double percent && def is { Unit: "percent", Max: 100 })
                {
                    _percents.Add((percent, scalar.Location, path));
                }

                return value;
        }
    }

    private List<object?>? ConvertList(DataNode node, FieldType element, EvidenceFieldDefinition? def, string path)
    {
        if (node is not DataSequence seq)
        {
            Error(EvidenceCodes.WrongType, node, $"'{path}' must be a list, not {Describe(node)}.");
            return null;
        }

        var list = new List<object?>(seq.Items.Length);
        var key = element.Kind == FieldKind.Record ? _schema.KeyOf(element.RecordType!) : null;
        var keys = key is null ? null : new Dictionary<string, (int Index, string Written)>(StringComparer.Ordinal);
        for (var i = 0; i < seq.Items.Length; i++)
        {
            if (keys is not null && seq.Items[i] is DataMapping { } keyed && keyed[key!] is DataScalar { Value: { } written } writtenNode && TextChecks.Normalise(written).StartsWith('#'))
            {
                // Elements without a key are reported as #1, #2…: a key of that form would be confused with another element.
                Error(EvidenceCodes.DuplicateElementKey, writtenNode,
                    $"'{path}[{i}].{key}' is '{written}': keys starting with '#' are reserved for elements without a {key} (reported by position, #1, #2…). Use another {key}.");
            }

            // Keys are compared as a reader sees them: 'bm-01' and 'bm-01 ' (or with a zero-width space) are one member.
            if (keys is not null && seq.Items[i] is DataMapping { } item && item[key!] is DataScalar { Value: { } k } keyNode
                && !keys.TryAdd(TextChecks.Normalise(k), (i, k)))
            {
                var first = keys[TextChecks.Normalise(k)];
                var how = first.Written == k ? string.Empty : " once spaces and invisible characters are set aside";
                Error(EvidenceCodes.DuplicateElementKey, keyNode,
                    $"'{path}[{i}].{key}' is '{k}', like '{path}[{first.Index}].{key}'{how}: each element needs its own {key}, or their results would be reported as one.");
            }
            else if (keys is not null && seq.Items[i] is DataMapping { } named && named[key!] is DataScalar { Value: { } id } idNode
                && !TextChecks.IsBlank(id) && id.Any(TextChecks.IsInvisible))
            {
                // An id is named in results and asked for by `explain --criterion x[id]`: one that holds an invisible character
                // (zero-width space or joiner, soft hyphen…) could never be typed back.
                Error(EvidenceCodes.ControlCharacter, idNode,
                    $"'{path}[{i}].{key}' is '{TextChecks.Escape(id)}', which holds an invisible character (zero-width space or joiner, soft hyphen, word joiner, byte-order mark); write the {key} without it.");
            }

            var itemPath = $"{path}[{i}]";
            if (IsNull(seq.Items[i]))
            {
                Error(EvidenceCodes.WrongType, seq.Items[i], $"'{itemPath}' is empty; a list cannot hold missing values.");
                continue;
            }

            if (Convert(seq.Items[i], element, def, itemPath) is { } v)
            {
                list.Add(v);
            }
        }

        return list;
    }

    private ImmutableSortedDictionary<string, object?>? ConvertMap(DataNode node, FieldType value, EvidenceFieldDefinition? def, string path)
    {
        if (node is not DataMapping map)
        {
            Error(EvidenceCodes.WrongType, node, $"'{path}' must be a mapping, not {Describe(node)}.");
            return null;
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (key, v) in map.Entries)
        {
            if (result.ContainsKey(key))
            {
                Error(EvidenceCodes.DuplicateKey, KeyOf(v), $"'{path}.{key}' is given twice.");
                continue;
            }

            if (Convert(v, value, def, $"{path}.{key}") is { } converted)
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

    /// <summary>Where the key of a mapping value was written; the value's own location when unknown.</summary>
    internal SourceLocation KeyOf(DataNode value) => _keys.TryGetValue(value, out var at) ? at : value.Location;

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
