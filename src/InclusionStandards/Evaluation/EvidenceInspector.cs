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
    public ImmutableArray<EvidenceValue> Values(IEnumerable<string> paths, Record root, string? elementName, Record? element)
    {
        var result = new SortedDictionary<string, EvidenceValue>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var cut = path.IndexOf("[]", StringComparison.Ordinal);
            var head = cut >= 0 ? path[..cut] : path;
            var segments = head.Split('.');
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

            result[head] = new EvidenceValue(head, Format(current), sensitive, unit);
        }

        return [.. result.Values];
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
