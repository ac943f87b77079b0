using System.Text;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>
/// The workforce indicators (WRES, WDES), one chart each on a fixed scale with the non-adverse range shaded and what good
/// looks like written above; how each value was computed is behind a disclosure, under disclosure control.
/// </summary>
internal static class IndicatorSection
{
    private static readonly (string, string)[] Legend =
    [
        ("met", "inside the range (met)"),
        ("not-met", "outside the range (not met)"),
        ("not-applicable", "no range: for information"),
        ("band", "the non-adverse range"),
    ];

    public static string Render(HtmlContext c)
    {
        var indicators = c.Assessment.Indicators;
        if (indicators.IsEmpty)
        {
            return "";
        }

        var sb = new StringBuilder("<section class=\"page\" id=\"indicators\" aria-labelledby=\"indicators-heading\">\n<h2 id=\"indicators-heading\">Workforce indicators</h2>\n");
        sb.Append("<ul class=\"legend\" aria-label=\"Key to the indicator charts\">");
        foreach (var (cls, label) in Legend)
        {
            sb.Append($"<li><span class=\"swatch {cls}\" aria-hidden=\"true\"></span>{HtmlText.Encode(label)}</li>");
        }

        sb.Append("</ul>\n");
        var titles = c.Assessment.Standards.ToDictionary(s => s.Id, s => s.Title ?? s.Id, StringComparer.Ordinal);
        foreach (var group in indicators.GroupBy(i => i.StandardId, StringComparer.Ordinal))
        {
            sb.Append("<h3>").Append(HtmlText.Encode(titles.GetValueOrDefault(group.Key, group.Key))).Append("</h3>\n");
            foreach (var i in group)
            {
                sb.Append(BandChart.Render(c.Ids.Next("indicator"), i, c.Disclosure, Number(i.IndicatorId)));
                var inputs = i.Inputs.Select(e => $"{PlainWords.Path(e.Path)}: {PlainWords.Value(e, c.Disclosure)}")
                    .Concat(i.MissingEvidence.Select(p => $"{PlainWords.Path(p)}: missing")).Distinct().ToList();
                if (inputs.Count > 0)
                {
                    sb.Append("<details class=\"rule\"><summary>How this was worked out</summary><ul>")
                      .Append(string.Concat(inputs.Select(x => "<li>" + HtmlText.Encode(x) + "</li>"))).Append("</ul></details>\n");
                }
            }
        }

        return sb.Append("</section>\n").ToString();
    }

    /// <summary>The indicator's name as boards know it, e.g. <c>wres-2</c> → "WRES 2".</summary>
    private static string Number(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? id.ToUpperInvariant() : $"{id[..dash].ToUpperInvariant()} {id[(dash + 1)..]}";
    }
}
