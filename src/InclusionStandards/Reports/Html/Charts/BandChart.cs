using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Reports.Html.Charts;

/// <summary>
/// One indicator on a number line: the non-adverse band shaded and labelled, the value as a marker with its number
/// and whether it falls inside or outside the band written beside it.
/// </summary>
internal static class BandChart
{
    private const double Width = 640, Height = 86, Left = 30, Right = 30, AxisY = 52;

    public static string Render(string id, IndicatorResult indicator, DisclosureControl disclosure)
    {
        var shown = disclosure.Show(indicator);
        var plotted = indicator.Value is { } v && !disclosure.IsSuppressed(indicator) ? v : (double?)null;
        var band = Describe(indicator);
        var title = $"{indicator.Title}: {shown}";
        var svg = new Svg(id, Width, Height, title, $"{indicator.IndicatorId} is {shown}; {band}; {Position(indicator, plotted)}.");

        var (lo, hi) = Domain(indicator, plotted);
        double X(double value) => Left + (value - lo) / (hi - lo) * (Width - Left - Right);

        if (indicator.BandFrom is not null || indicator.BandTo is not null)
        {
            var from = X(indicator.BandFrom ?? lo);
            var to = X(indicator.BandTo ?? hi);
            svg.Rect(from, AxisY - 22, to - from, 22, "band").Text((from + to) / 2, AxisY - 26, band, "middle", "muted");
        }

        svg.Line(Left, AxisY, Width - Right, AxisY);
        for (var i = 0; i <= 4; i++)
        {
            var tick = lo + (hi - lo) * i / 4;
            svg.Line(X(tick), AxisY, X(tick), AxisY + 5).Text(X(tick), AxisY + 18, ReportFormat.Number(tick), "middle", "muted");
        }

        if (plotted is { } value)
        {
            svg.Line(X(value), AxisY - 22, X(value), AxisY, "axis").Circle(X(value), AxisY - 11, 6, "marker")
               .Text(X(value), AxisY + 32, $"{shown} ({Position(indicator, value)})", "middle");
        }
        else
        {
            svg.Text(Width / 2, AxisY + 32, $"{shown}: {Position(indicator, null)}", "middle");
        }

        return svg.ToString();
    }

    private static string Describe(IndicatorResult i) => (i.BandFrom, i.BandTo) switch
    {
        (null, null) => "no band",
        ({ } f, { } t) => $"non-adverse band {ReportFormat.Number(f)} to {ReportFormat.Number(t)}",
        ({ } f, null) => $"non-adverse at or above {ReportFormat.Number(f)}",
        (null, { } t) => $"non-adverse at or below {ReportFormat.Number(t)}",
    };

    private static string Position(IndicatorResult i, double? value) => value switch
    {
        null when i.Value is null => "could not be computed",
        null => "not plotted (suppressed)",
        _ when i.BandFrom is null && i.BandTo is null => "value only",
        { } v when v < (i.BandFrom ?? double.MinValue) => "below the band",
        { } v when v > (i.BandTo ?? double.MaxValue) => "above the band",
        _ => "inside the band",
    };

    private static (double Lo, double Hi) Domain(IndicatorResult i, double? value)
    {
        var points = new[] { value, i.BandFrom, i.BandTo }.OfType<double>().Where(double.IsFinite).ToList();
        if (i.Unit is "ratio" or "percent" or "count")
        {
            points.Add(0);
        }

        if (points.Count == 0)
        {
            return (0, 1);
        }

        var (lo, hi) = (points.Min(), points.Max());
        var pad = hi > lo ? (hi - lo) * 0.15 : Math.Max(1, Math.Abs(hi) * 0.5);
        return (i.Unit is "ratio" or "percent" or "count" && lo >= 0 ? lo : lo - pad, hi + pad);
    }
}
