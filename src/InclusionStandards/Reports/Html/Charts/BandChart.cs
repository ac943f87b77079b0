using InclusionStandards.Evaluation;
using InclusionStandards.Model;
using System.Text;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Reports.Html.Charts;

/// <summary>
/// One indicator on a number line with round ticks: the caption (its number and full title) above, what good looks
/// like, the non-adverse band shaded, the value as a mark coloured by its outcome, and the value and outcome in words.
/// The scale is fixed by the unit (percentages 0-100, gaps centred on 0, ratios from 0), so the mark's position means
/// something. A suppressed value is not plotted.
/// </summary>
internal static class BandChart
{
    public static string Render(string id, IndicatorResult indicator, DisclosureControl disclosure, string? number)
    {
        var shown = disclosure.Show(indicator);
        var plotted = indicator.Value is { } v && !disclosure.IsSuppressed(indicator) ? v : (double?)null;
        var ticks = Scale(indicator, plotted);
        var (lo, hi) = (ticks[0], ticks[^1]);
        var cls = indicator.Outcome is { } o ? ReportFormat.Code(o) : "not-applicable";
        var sb = new StringBuilder($"<figure class=\"chart\" id=\"{id}\" aria-labelledby=\"{id}-caption\">\n<figcaption id=\"{id}-caption\">")
            .Append(number is null ? "" : HtmlText.Encode(number) + ": ").Append(HtmlText.Encode(indicator.Title))
            .Append(indicator.Draft ? " <span class=\"status\">(draft: not yet verified against the published source)</span>" : "")
            .Append("</figcaption>\n<p class=\"chart-note\">").Append(HtmlText.Encode(Direction(indicator))).Append("</p>\n");
        sb.Append("<div class=\"track\"><svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">")
          .Append("<rect class=\"bg\" x=\"0\" y=\"1\" width=\"100\" height=\"8\"/>");
        if (indicator.BandFrom is not null || indicator.BandTo is not null)
        {
            var from = Ticks.Percent(indicator.BandFrom ?? lo, lo, hi);
            var to = Ticks.Percent(indicator.BandTo ?? hi, lo, hi);
            sb.Append($"<rect class=\"bandzone\" x=\"{Svg.N(from)}\" y=\"1\" width=\"{Svg.N(Math.Max(0.5, to - from))}\" height=\"8\"/>");
        }

        sb.Append(Ticks.GridLines(ticks, 10));
        if (plotted is { } p)
        {
            var x = Ticks.Percent(p, lo, hi);
            sb.Append($"<rect class=\"fill {cls}\" x=\"{Svg.N(Math.Clamp(x - 0.8, 0, 98.4))}\" y=\"0\" width=\"1.6\" height=\"10\"/>");
        }

        sb.Append("</svg></div>\n").Append(Ticks.AxisLabels(ticks, t => Format(indicator, t))).Append('\n');
        sb.Append("<p class=\"bar-value\">").Append(indicator.Outcome is { } outcome ? HtmlText.Outcome(outcome) + " " : "")
          .Append(HtmlText.Encode(Sentence(indicator, shown, plotted, disclosure))).Append("</p>\n</figure>\n");
        return sb.ToString();
    }

    /// <summary>What good looks like for the indicator, in words.</summary>
    public static string Direction(IndicatorResult i)
    {
        var band = i.BandFrom is { } f && i.BandTo is { } t ? $"Good: between {ReportFormat.Number(f)} and {ReportFormat.Number(t)} (shaded)." : null;
        var side = (i.Adverse, i.Unit) switch
        {
            ("above", "ratio") => "Above 1 means the first group is more likely than the second; lower is better.",
            ("above", _) => "Lower is better.",
            ("below", "percentage-points" or "score") => "Below 0 means the group does worse than the comparison group; closer to 0 or above is better.",
            ("below", _) => "Higher is better.",
            _ => null,
        };
        return string.Join(' ', new[] { band, side }.OfType<string>()) is { Length: > 0 } text ? text : "No target or range is set; the value is shown for information.";
    }

    private static string Sentence(IndicatorResult i, string shown, double? plotted, DisclosureControl disclosure) => plotted switch
    {
        null when i.Value is null => "Could not be computed: evidence is missing.",
        null when disclosure.IsSuppressed(i) => "Value not shown: it would reveal a count of fewer than 10 people." + (i.Outcome is null ? "" : $" It is {(i.Outcome == Outcome.Met ? "inside" : "outside")} the range."),
        null => $"Value: {shown}.",
        { } v when i.BandFrom is null && i.BandTo is null => $"Value: {shown}.",
        { } v when v < (i.BandFrom ?? double.MinValue) => $"Value: {shown}, below the range.",
        { } v when v > (i.BandTo ?? double.MaxValue) => $"Value: {shown}, above the range.",
        _ => $"Value: {shown}, inside the range.",
    };

    private static string Format(IndicatorResult i, double t) => i.Unit switch
    {
        "percent" => ReportFormat.Number(t) + "%",
        "percentage-points" => (t > 0 ? "+" : "") + ReportFormat.Number(t) + " pp",
        "score" => (t > 0 ? "+" : "") + ReportFormat.Number(t),
        _ => ReportFormat.Number(t),
    };

    /// <summary>The axis for the unit: percentages 0-100; gaps symmetric about 0; ratios and counts from 0; always holding the value and band.</summary>
    private static IReadOnlyList<double> Scale(IndicatorResult i, double? value)
    {
        var points = new[] { value, i.BandFrom, i.BandTo }.OfType<double>().Where(double.IsFinite).ToList();
        switch (i.Unit)
        {
            case "percent":
                return Ticks.Round(0, 100);
            case "percentage-points" or "score":
                var reach = Math.Max(i.Unit == "score" ? 1 : 10, points.Select(Math.Abs).DefaultIfEmpty(0).Max());
                var ticks = Ticks.Round(0, reach, 3);
                return [.. ticks.Where(t => t > 0).Reverse().Select(t => -t), .. ticks];
            default:
                return Ticks.Round(0, Math.Max(i.Unit == "ratio" ? 2 : 10, points.DefaultIfEmpty(0).Max()));
        }
    }
}
