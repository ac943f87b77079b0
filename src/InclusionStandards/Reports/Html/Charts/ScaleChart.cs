using InclusionStandards.Scoring;
using System.Text;

namespace InclusionStandards.Reports.Html.Charts;

/// <summary>
/// A headline score on its scheme's rating scale: the bands side by side with their names and ranges, the score
/// marked, so a reader sees how far the organisation is from the next rating. Text is HTML; the SVG only draws.
/// </summary>
internal static class ScaleChart
{
    public static string Render(ScopeResult scope)
    {
        var bands = scope.Bands;
        if (bands.IsEmpty)
        {
            return "";
        }

        var (min, max) = (bands[0].From, bands[^1].To);
        var minWidth = (max - min) * 0.05;
        var widths = bands.Select(b => Math.Max(b.To - b.From, minWidth)).ToList();
        var total = widths.Sum();
        var sb = new StringBuilder("<div class=\"scale\" aria-hidden=\"true\"><div class=\"track\"><svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" focusable=\"false\">");
        double start = 0;
        double? mark = null;
        for (var i = 0; i < bands.Length; i++)
        {
            var w = widths[i] / total * 100;
            var b = bands[i];
            sb.Append($"<rect class=\"{(i % 2 == 0 ? "bg" : "bandzone")}\" x=\"{Svg.N(start)}\" y=\"1\" width=\"{Svg.N(w)}\" height=\"8\"/>");
            if (scope.Score is { } s && s >= b.From && (s < b.To || (i == bands.Length - 1 && s <= b.To)))
            {
                mark = b.To > b.From ? start + (s - b.From) / (b.To - b.From) * w : start + w / 2;
            }

            start += w;
        }

        if (mark is { } m)
        {
            sb.Append($"<rect class=\"fill {Css(scope)}\" x=\"{Svg.N(Math.Clamp(m - 0.8, 0, 98.4))}\" y=\"0\" width=\"1.6\" height=\"10\"/>");
        }

        sb.Append("</svg></div><div class=\"scale-labels\">");
        for (var i = 0; i < bands.Length; i++)
        {
            var b = bands[i];
            var range = Range(b.From, b.To, i == bands.Length - 1, max <= 50);
            sb.Append($"<span style=\"flex-grow:{Svg.N(widths[i] / total * 100)}\">{HtmlText.Encode(b.Label)} ({HtmlText.Encode(range)})</span>");
        }

        return sb.Append("</div></div>\n").ToString();
    }

    /// <summary>The colour class of a rating: the lowest band red, the highest green, those between amber; grey when not rated.</summary>
    public static string Css(ScopeResult scope)
    {
        var rank = scope.Rating is null ? -1 : scope.Bands.Select(b => b.Label).ToList().IndexOf(scope.Rating);
        return rank < 0 ? "insufficient-evidence" : rank == 0 ? "not-met" : rank == scope.Bands.Length - 1 ? "met" : "partially-met";
    }

    /// <summary>The same as <see cref="Css"/> in the words used for rating text (low, mid, good, none).</summary>
    public static string Tone(ScopeResult scope) => Css(scope) switch
    {
        "not-met" => "low",
        "met" => "good",
        "partially-met" => "mid",
        _ => "none",
    };

    /// <summary>A band's range in words: whole-number scales (e.g. the EDS total) inclusive, <c>8–21</c>; others <c>50 to under 80</c>.</summary>
    private static string Range(double from, double to, bool last, bool smallWholeScale)
    {
        if (to <= from)
        {
            return ReportFormat.Number(from);
        }

        if (last)
        {
            return $"{ReportFormat.Number(from)}–{ReportFormat.Number(to)}";
        }

        var whole = from == Math.Floor(from) && to == Math.Floor(to);
        return whole && smallWholeScale ? $"{ReportFormat.Number(from)}–{ReportFormat.Number(to - 1)}" : $"{ReportFormat.Number(from)} to under {ReportFormat.Number(to)}";
    }
}
