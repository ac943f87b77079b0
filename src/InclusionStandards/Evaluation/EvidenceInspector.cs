using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Evidence;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Reads the values behind evidence paths (e.g. <c>workforce.bme.headcount</c>, <c>member.voting</c>) for the
/// provenance of results. Paths through lists (<c>programmes[].objectives</c>) report the list's size.
/// Sensitive and protected fields are marked so renderers never show them. Thread-safe.
/// </summary>
internal sealed class EvidenceInspector(EvidenceSchemaInfo schema)
{
    private readonly ConcurrentDictionary<object, (string Head, string[] Segments)[]> _plans = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The values behind the evidence paths of <paramref name="owner"/> (given by <paramref name="paths"/>), in path order. The paths of one <paramref name="owner"/> (a compiled
    /// criterion or indicator) never change: they are split and ordered once, on its first evaluation.
    /// </summary>
    public ImmutableArray<EvidenceValue> Values(object owner, Func<object, IEnumerable<string>> paths, Record root, string? elementName, Record? element)
    {
        var plan = _plans.GetOrAdd(owner, static (o, paths) => Plan(paths(o)), paths);
        var result = ImmutableArray.CreateBuilder<EvidenceValue>(plan.Length);
        foreach (var (head, segments) in plan)
        {
            object? current = segments[0] == elementName && element is not null ? element : root;
            var start = ReferenceEquals(current, element) ? 1 : 0;
            var sensitive = false;
            string? unit = null;
            for (var i = start; i < segments.Length && current is not null; i++)
            {
                if (current is Record r && r.Type.TryGetField(segments[i], out var f))
                {
                    sensitive |= schema.IsSensitive(r.Type, f.Name);
                    unit = schema.Field(r.Type, f.Name)?.Unit;
                    current = r.GetValue(f.Index);
                }
                else if (current is IReadOnlyDictionary<string, object?> map)
                {
                    current = map.GetValueOrDefault(segments[i]);
                }
                else
                {
                    current = null;
                }
            }

            result.Add(new EvidenceValue(head, Format(current), sensitive, unit));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Each distinct path as reported (up to its first list, <c>[]</c>), in ordinal order, with its segments.</summary>
    private static (string Head, string[] Segments)[] Plan(IEnumerable<string> paths) =>
        [.. paths.Select(p => p.IndexOf("[]", StringComparison.Ordinal) is var cut and >= 0 ? p[..cut] : p)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(h => (h, h.Split('.')))];

    /// <summary>
    /// A missing path as the evidence spells it: the criterion's element variable (<c>member.appraisal</c>) and list
    /// positions (<c>boardMembers[1].appraisal</c>) become the element's key (<c>boardMembers[bm-02].appraisal</c>), so
    /// the path names which element lacks what, whatever order the elements were given in.
    /// </summary>
    public string EvidencePath(string path, EvidenceDocument document, string? elementName, ElementFact? element)
    {
        if (element is not null && elementName is not null && path.StartsWith(elementName, StringComparison.Ordinal)
            && (path.Length == elementName.Length || path[elementName.Length] is '.' or '['))
        {
            return $"{element.List}[{element.Key}]{path[elementName.Length..]}";
        }

        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = open > 0 ? path.IndexOf(']', open) : -1;
        if (close < 0 || path[..open].Contains('.', StringComparison.Ordinal)
            || !int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !document.Elements.TryGetValue(path[..open], out var records) || index >= records.Length)
        {
            return path;
        }

        var record = records[index];
        return schema.KeyOf(record.Type) is { } keyField && record.GetValue(keyField) is string { Length: > 0 } key
            ? $"{path[..open]}[{key}]{path[(close + 1)..]}"
            : path;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan s => s.TotalDays.ToString(CultureInfo.InvariantCulture) + "d",
        string s => s,
        IReadOnlyList<object?> l => $"[{l.Count} items]",
        Record r => $"{{{r.Type.Name}}}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
