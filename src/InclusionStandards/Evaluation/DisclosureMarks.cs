using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Marks what a report of an assessment must suppress (<see cref="EvidenceValue.Suppress"/>,
/// <see cref="IndicatorResult.Suppress"/>), so that publishing it cannot reveal a small count of people:
/// <list type="bullet">
/// <item>primary: a count of people (unit <c>people</c>, <c>respondents</c>, <c>staff</c>, <c>persons</c> or
/// <c>members</c>) below <see cref="Threshold"/>; other counts (panels, decisions) and scores are not people;</item>
/// <item>complementary: when a suppressed count has an <c>atMost</c> total that is shown, and other shown counts with
/// the same total add up to the rest (so subtraction would give it back), the smallest of them is suppressed too;
/// and the percentages of the same group (record) are suppressed;</item>
/// <item>derived: an indicator computed from a suppressed value has its value suppressed (its outcome against the band
/// is still shown: it gives a range, not a count).</item>
/// </list>
/// Thread-safe; built once per compiled catalog.
/// </summary>
internal sealed class DisclosureMarks(EvidenceSchema? schema)
{
    /// <summary>Counts of people below this are suppressed (the NHS convention for published workforce data).</summary>
    public const int Threshold = 10;

    private static readonly HashSet<string> PeopleUnits = new(StringComparer.OrdinalIgnoreCase) { "people", "respondents", "staff", "persons", "members" };

    /// <summary>True when the unit names a count of people.</summary>
    public static bool IsPeopleUnit(string? unit) => unit is not null && PeopleUnits.Contains(unit);

    public (ImmutableArray<CriterionResult> Criteria, ImmutableArray<IndicatorResult> Indicators) Apply(
        ImmutableArray<CriterionResult> criteria, IReadOnlyList<IndicatorResult> indicators)
    {
        var shown = new Dictionary<string, EvidenceValue>(StringComparer.Ordinal);
        foreach (var e in All(criteria).Concat(indicators.SelectMany(i => i.Inputs)))
        {
            shown.TryAdd(e.Path, e);
        }

        var suppressed = new HashSet<string>(shown.Values.Where(IsSmallPeopleCount).Select(e => e.Path), StringComparer.Ordinal);
        if (suppressed.Count == 0)
        {
            return (criteria, [.. indicators]);
        }

        foreach (var path in suppressed.ToList())
        {
            var (parent, field) = Resolve(path);
            if (parent is null || field is null)
            {
                continue;
            }

            var prefix = path[..(path.LastIndexOf('.') + 1)];
            var siblings = parent.Fields.Select(f => (Field: f, Path: prefix + f.Name)).Where(x => shown.ContainsKey(x.Path)).ToList();
            if (field.AtMost is { } total && shown.TryGetValue(prefix + total, out var totalValue)
                && Number(totalValue.Value) is { } t && Number(shown[path].Value) is { } p
                && Revealing(siblings.Where(x => x.Field.AtMost == total && x.Path != path && !suppressed.Contains(x.Path))
                    .Select(x => (x.Path, Value: Number(shown[x.Path].Value))).Where(x => x.Value is not null).Select(x => (x.Path, x.Value!.Value)).ToList(), t - p) is { } reveal)
            {
                suppressed.Add(reveal);
            }

            foreach (var pct in siblings.Where(x => x.Field.Unit is "percent"))
            {
                suppressed.Add(pct.Path);
            }
        }

        EvidenceValue Mark(EvidenceValue e) => suppressed.Contains(e.Path) && !e.Suppress ? e with { Suppress = true } : e;
        CriterionResult MarkResult(CriterionResult c)
        {
            // A result with nothing to mark (most element results) is kept as it is: no copy per board member.
            ImmutableArray<EvidenceValue> used = c.EvidenceUsed.Any(e => suppressed.Contains(e.Path) && !e.Suppress) ? [.. c.EvidenceUsed.Select(Mark)] : c.EvidenceUsed;
            var elements = c.Elements.IsEmpty ? c.Elements : c.Elements.Select(MarkResult).ToImmutableArray();
            var same = used == c.EvidenceUsed;
            for (var i = 0; same && i < elements.Length; i++)
            {
                same = ReferenceEquals(elements[i], c.Elements[i]);
            }

            return same ? c : c with { EvidenceUsed = used, Elements = elements };
        }
        return ([.. criteria.Select(MarkResult)],
            [.. indicators.Select(i => i with
            {
                Inputs = [.. i.Inputs.Select(Mark)],
                Suppress = i.Value is not null && i.Inputs.Any(x => suppressed.Contains(x.Path)),
            })]);
    }

    /// <summary>
    /// When some of the shown parts add up to <paramref name="rest"/> (the total minus the suppressed part), the
    /// smallest of them: suppressing it stops the subtraction that would give the suppressed part back. Null otherwise.
    /// </summary>
    private static string? Revealing(List<(string Path, double Value)> parts, double rest)
    {
        var n = Math.Min(parts.Count, 12);
        for (var mask = 1; mask < 1 << n; mask++)
        {
            var members = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => parts[i]).ToList();
            if (Math.Abs(members.Sum(m => m.Value) - rest) < 1e-9)
            {
                return members.OrderBy(m => m.Value).ThenBy(m => m.Path, StringComparer.Ordinal).First().Path;
            }
        }

        return null;
    }

    private static bool IsSmallPeopleCount(EvidenceValue e) =>
        !e.Sensitive && IsPeopleUnit(e.Unit) && Number(e.Value) is { } n && n < Threshold;

    private static double? Number(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The evidence values of the results and of their element results, depth first (a result's own values first).</summary>
    private static List<EvidenceValue> All(IEnumerable<CriterionResult> criteria)
    {
        var result = new List<EvidenceValue>();
        void Add(CriterionResult c)
        {
            result.AddRange(c.EvidenceUsed);
            foreach (var element in c.Elements)
            {
                Add(element);
            }
        }

        foreach (var c in criteria)
        {
            Add(c);
        }

        return result;
    }

    /// <summary>The record type holding the field at a path (list indexes skipped) and the field; nulls when it does not resolve.</summary>
    private (EvidenceTypeDefinition? Parent, EvidenceFieldDefinition? Field) Resolve(string path)
    {
        var parts = path.Split('.').Select(p => p.Split('[')[0]).ToArray();
        var field = schema?.FindRootField(parts[0]);
        EvidenceTypeDefinition? parent = null;
        for (var i = 1; i < parts.Length && field is not null; i++)
        {
            var t = field.Type;
            while (t.Kind is TypeReferenceKind.List or TypeReferenceKind.Map && t.Element is not null)
            {
                t = t.Element;
            }

            parent = t.Kind == TypeReferenceKind.Named ? schema!.FindType(t.Name!) : null;
            field = parent?.FindField(parts[i]);
        }

        return field is null ? (null, null) : (parent, field);
    }
}
