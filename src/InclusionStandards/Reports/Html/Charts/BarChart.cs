namespace InclusionStandards.Reports.Html.Charts;

/// <summary>
/// A horizontal bar chart: one row per bar with its label on the left, the bar on a track, and the value written
/// after the bar (so nothing is conveyed by colour or length alone).
/// </summary>
internal static class BarChart
{
    private const double LabelWidth = 300, TrackWidth = 300, ValueWidth = 180, Row = 26, Top = 8;

    /// <summary>One bar: its label, its length as a fraction of the track (0–1), the text after it, and a CSS class.</summary>
    internal sealed record Bar(string Label, double Fraction, string Value, string CssClass = "bar");

    public static string Render(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var height = Top * 2 + Math.Max(1, bars.Count) * Row;
        var svg = new Svg(id, LabelWidth + TrackWidth + ValueWidth, height, title, description);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * Row;
            var fraction = double.IsFinite(bar.Fraction) ? Math.Clamp(bar.Fraction, 0, 1) : 0;
            svg.Label(LabelWidth - 8, y + 17, bar.Label, 42, "end")
               .Rect(LabelWidth, y + 4, TrackWidth, Row - 8, "track")
               .Rect(LabelWidth, y + 4, TrackWidth * fraction, Row - 8, bar.CssClass)
               .Text(LabelWidth + TrackWidth + 8, y + 17, bar.Value);
        }

        if (bars.Count == 0)
        {
            svg.Text(LabelWidth, Top + 17, "nothing to show", "start", "muted");
        }

        return svg.ToString();
    }
}
