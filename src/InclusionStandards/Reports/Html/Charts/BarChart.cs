using System.Text;

namespace InclusionStandards.Reports.Html.Charts;

/// <summary>
/// A horizontal bar chart for readers, not for debugging: the caption above, a note on what good looks like, a legend
/// of the colours, an axis with round ticks, and one row per bar with its full label (wrapped, never cut), the bar
/// (an SVG coloured by outcome or rating) and its value in words — so nothing is conveyed by colour or length alone.
/// Labels and values are HTML, so they stay readable when the page is narrow.
/// </summary>
internal static class BarChart
{
    /// <summary>One bar: its full label, its length as a fraction of the axis (0–1), the text after it, and a CSS class.</summary>
    internal sealed record Bar(string Label, double Fraction, string Value, string CssClass = "met");

    /// <summary>The axis: round ticks in the chart's unit (their span is the bar's 0-1) and how to write them.</summary>
    internal sealed record Axis(IReadOnlyList<double> Ticks, Func<double, string> Format);

    public static string Render(string id, string caption, IReadOnlyList<Bar> bars, Axis? axis = null, string? note = null,
        IReadOnlyList<(string CssClass, string Label)>? legend = null)
    {
        axis ??= new Axis([0, 25, 50, 75, 100], v => ReportFormat.Number(v) + "%");
        var sb = new StringBuilder($"<figure class=\"chart\" id=\"{id}\" aria-labelledby=\"{id}-caption\">\n<figcaption id=\"{id}-caption\">{HtmlText.Encode(caption)}</figcaption>\n");
        if (note is not null)
        {
            sb.Append("<p class=\"chart-note\">").Append(HtmlText.Encode(note)).Append("</p>\n");
        }

        if (legend is { Count: > 0 })
        {
            sb.Append("<ul class=\"legend\" aria-label=\"Key\">");
            foreach (var (cls, label) in legend)
            {
                sb.Append($"<li><span class=\"swatch {cls}\" aria-hidden=\"true\"></span>{HtmlText.Encode(label)}</li>");
            }

            sb.Append("</ul>\n");
        }

        if (bars.Count == 0)
        {
            return sb.Append("<p>Nothing to show.</p>\n</figure>\n").ToString();
        }

        sb.Append("<div class=\"axis-row\" aria-hidden=\"true\"><span></span>").Append(Ticks.AxisLabels(axis.Ticks, axis.Format)).Append("<span></span></div>\n<ul class=\"bars\">\n");
        foreach (var bar in bars)
        {
            var fraction = double.IsFinite(bar.Fraction) ? Math.Clamp(bar.Fraction, 0, 1) : 0;
            sb.Append("<li><span class=\"bar-label\">").Append(HtmlText.Encode(bar.Label)).Append("</span><span class=\"track\">")
              .Append("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">")
              .Append("<rect class=\"bg\" x=\"0\" y=\"1\" width=\"100\" height=\"8\"/>").Append(Ticks.GridLines(axis.Ticks, 10))
              .Append($"<rect class=\"fill {bar.CssClass}\" x=\"0\" y=\"2\" width=\"{Svg.N(fraction * 100)}\" height=\"6\"/></svg></span>")
              .Append("<span class=\"bar-value\">").Append(HtmlText.Encode(bar.Value)).Append("</span></li>\n");
        }

        return sb.Append("</ul>\n</figure>\n").ToString();
    }
}
