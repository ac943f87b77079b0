using System.Text;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>Each indicator against its band (one number-line chart each) and a table with the inputs under disclosure control.</summary>
internal static class IndicatorSection
{
    public static string Render(HtmlContext c)
    {
        var indicators = c.Assessment.Indicators;
        if (indicators.IsEmpty)
        {
            return "";
        }

        var sb = new StringBuilder("<section aria-labelledby=\"indicators\">\n<h2 id=\"indicators\">Indicators</h2>\n<div class=\"charts\">\n");
        foreach (var i in indicators)
        {
            sb.Append("<figure>\n").Append(BandChart.Render(c.Ids.Next("indicator"), i, c.Disclosure))
              .Append("<figcaption><code>").Append(HtmlText.Encode(i.IndicatorId)).Append("</code> ").Append(HtmlText.Encode(i.Title))
              .Append(i.Draft ? " <strong>(draft: not verified against the published source)</strong>" : "")
              .Append("</figcaption>\n</figure>\n");
        }

        sb.Append("</div>\n<table>\n<caption>Indicator values</caption>\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\" class=\"num\">Value</th>")
          .Append("<th scope=\"col\">Non-adverse band</th><th scope=\"col\">Outcome</th><th scope=\"col\">Computed from</th></tr></thead>\n<tbody>\n");
        foreach (var i in indicators)
        {
            var band = i.BandFrom is null && i.BandTo is null
                ? "none"
                : $"{(i.BandFrom is { } f ? ReportFormat.Number(f) : "…")} to {(i.BandTo is { } t ? ReportFormat.Number(t) : "…")}";
            sb.Append("<tr><th scope=\"row\"><code>").Append(HtmlText.Encode(i.IndicatorId)).Append("</code> ").Append(HtmlText.Encode(i.Title)).Append("</th>")
              .Append("<td class=\"num\">").Append(HtmlText.Encode(c.Disclosure.Show(i))).Append("</td>")
              .Append(HtmlText.Tag("td", band))
              .Append("<td>").Append(i.Outcome is { } o ? HtmlText.Outcome(o) : "value only").Append("</td><td>");
            var inputs = i.Inputs.Select(e => $"<code>{HtmlText.Encode(e.Path)}</code> {HtmlText.Encode(c.Disclosure.Show(e))}")
                .Concat(i.MissingEvidence.Select(p => $"<code>{HtmlText.Encode(p)}</code> missing"));
            sb.Append(string.Join("<br>", inputs)).Append("</td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }
}
