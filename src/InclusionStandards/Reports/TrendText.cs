using InclusionStandards.Assessments;

namespace InclusionStandards.Reports;

/// <summary>The words and arrows of the trend and peer sections, shared by the HTML and Markdown reports.</summary>
internal static class TrendText
{
    /// <summary>An arrow for a direction (▲ better or up, ▼ worse or down, ▶ unchanged, ◆ changed) with its word.</summary>
    public static string Arrow(string direction) => direction switch
    {
        "improved" => "▲ improved",
        "declined" => "▼ declined",
        "up" => "▲ up",
        "down" => "▼ down",
        "unchanged" => "▶ unchanged",
        _ => "◆ changed",
    };

    /// <summary>A value change: "▲ +2.5 (was 10)", "▼ −1 (was 3)", "▶ 0 (was 4)", or what is missing.</summary>
    public static string Change(ValueTrend v) => (v.Previous, v.Current, v.Change) switch
    {
        (_, _, { } c) when c > 0 => $"▲ +{ReportFormat.Number(c)} (was {ReportFormat.Number(v.Previous!.Value)})",
        (_, _, { } c) when c < 0 => $"▼ −{ReportFormat.Number(-c)} (was {ReportFormat.Number(v.Previous!.Value)})",
        (_, _, { }) => $"▶ no change (was {ReportFormat.Number(v.Previous!.Value)})",
        ({ } p, null, _) => $"not computed now (was {ReportFormat.Number(p)})",
        _ => "not computed in the previous period",
    };

    /// <summary>A rating change: "▲ up: Developing → Achieving (2 → 3)".</summary>
    public static string Rating(RatingTrend r) =>
        $"{Arrow(r.Direction)}: {ReportFormat.Rating(r.Previous)} → {ReportFormat.Rating(r.Current)}"
        + (r.PreviousScore is not null || r.Score is not null ? $" ({Score(r.PreviousScore)} → {Score(r.Score)})" : "");

    /// <summary>A headline's counts of criteria that improved and declined.</summary>
    public static string Summary(AssessmentTrend t)
    {
        var improved = t.Criteria.Count(c => c.Direction == "improved");
        var declined = t.Criteria.Count(c => c.Direction == "declined");
        var changed = t.Criteria.Count(c => c.Direction == "changed");
        return $"Compared with the period {ReportFormat.Period(t.PreviousPeriod)}: {improved} criteria improved, {declined} declined, "
            + $"{changed} changed to or from insufficient evidence or not applicable, {t.Criteria.Length - improved - declined - changed} unchanged.";
    }

    /// <summary>"lower than 70 % of acute-trust organisations" for a peer position.</summary>
    public static string Position(PeerPosition p, string group) =>
        p.Count <= 1 ? "the only value" : $"lower than {ReportFormat.Number(p.PercentHigher)} % of the other {group} organisations (rank {p.Rank} of {p.Count})";

    /// <summary>The peer group in words: "125 acute-trust organisations assessed for the period ending 2022-12-31".</summary>
    public static string Group(PeerComparison p) =>
        $"{ReportFormat.Number(p.GroupSize)} {p.Group} organisations assessed for a period ending {ReportFormat.Date(p.PeriodEnd)} in the same run "
        + $"(positions are shown only where at least {PeerGroups.MinimumGroupSize} of them have a value)";

    private static string Score(double? s) => s is { } v ? ReportFormat.Number(v) : "none";
}
