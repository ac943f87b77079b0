using InclusionStandards.Evaluation;

namespace InclusionStandards.Reports.Disclosure;

/// <summary>The default rule for which evidence values are counts of people (see <see cref="ReportOptions.IsCount"/>): units say so; names only when there is no unit.</summary>
internal static class CountDetection
{
    private static readonly HashSet<string> CountUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "respondents", "staff", "persons", "members",
    };

    private static readonly HashSet<string> CountNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "headcount", "count", "number", "appointed", "shortlisted", "applicants", "entered", "respondents",
        "numerator", "denominator", "base", "leavers", "starters", "cases", "members",
    };

    /// <summary>True when the value is a count by its unit, or (without a unit) by the name at the end of its path.</summary>
    public static bool IsCountByDefault(EvidenceValue evidence)
    {
        if (evidence.Unit is { } unit)
        {
            return CountUnits.Contains(unit);
        }

        var name = LastSegment(evidence.Path);
        return CountNames.Contains(name) || name.EndsWith("Count", StringComparison.Ordinal)
            || name.EndsWith("Headcount", StringComparison.Ordinal);
    }

    private static string LastSegment(string path)
    {
        var end = path.Length;
        while (end > 0 && path[end - 1] == ']')
        {
            var open = path.LastIndexOf('[', end - 1);
            end = open < 0 ? 0 : open;
        }

        var trimmed = path[..end];
        var dot = trimmed.LastIndexOf('.');
        return dot < 0 ? trimmed : trimmed[(dot + 1)..];
    }
}
