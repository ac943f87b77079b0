namespace InclusionStandards.Reports.Html.Charts;

/// <summary>Round axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering a range.</summary>
internal static class Ticks
{
    /// <summary>About <paramref name="count"/> round ticks from at or below <paramref name="lo"/> to at or above <paramref name="hi"/>.</summary>
    public static IReadOnlyList<double> Round(double lo, double hi, int count = 5)
    {
        if (!(hi > lo))
        {
            hi = lo + 1;
        }

        var raw = (hi - lo) / Math.Max(1, count - 1);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw - 1e-12);
        var first = Math.Floor(lo / step + 1e-9) * step;
        var last = Math.Ceiling(hi / step - 1e-9) * step;
        var ticks = new List<double>();
        for (var t = first; t <= last + step / 1000; t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return ticks;
    }

    /// <summary>The position of <paramref name="value"/> on [lo, hi] as a percentage 0-100 (clamped).</summary>
    public static double Percent(double value, double lo, double hi) => Math.Clamp((value - lo) / (hi - lo) * 100, 0, 100);

    /// <summary>HTML tick labels for an axis (the first and last are kept inside the box).</summary>
    public static string AxisLabels(IReadOnlyList<double> ticks, Func<double, string> format)
    {
        var lo = ticks[0];
        var hi = ticks[^1];
        var sb = new System.Text.StringBuilder("<div class=\"axis\" aria-hidden=\"true\">");
        foreach (var t in ticks)
        {
            sb.Append($"<span style=\"left:{Svg.N(Percent(t, lo, hi))}%\">{HtmlText.Encode(format(t))}</span>");
        }

        return sb.Append("</div>").ToString();
    }

    /// <summary>Vertical grid lines at the ticks, in a 0-100 wide SVG.</summary>
    public static string GridLines(IReadOnlyList<double> ticks, double height)
    {
        var (lo, hi) = (ticks[0], ticks[^1]);
        return string.Concat(ticks.Select(t => $"<line class=\"tick\" x1=\"{Svg.N(Percent(t, lo, hi))}\" y1=\"0\" x2=\"{Svg.N(Percent(t, lo, hi))}\" y2=\"{Svg.N(height)}\"/>"));
    }
}
