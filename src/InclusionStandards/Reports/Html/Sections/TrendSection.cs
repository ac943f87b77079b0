using System.Text;
using InclusionStandards.Assessments;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>What changed since the previous period (an arrow and the previous value), and the position among peers.</summary>
internal static class TrendSection
{
    public static string Render(HtmlContext c) => Trend(c.Assessment.Trend) + Peers(c.Assessment.Peers);

    private static string Trend(AssessmentTrend? t)
    {
        if (t is null)
        {
            return "";
        }

        var sb = new StringBuilder("<section aria-labelledby=\"trend\">\n<h2 id=\"trend\">Since the previous period</h2>\n")
            .Append(HtmlText.Tag("p", TrendText.Summary(t)));
        if (!t.Ratings.IsEmpty)
        {
            sb.Append("<table>\n<caption>Headline ratings</caption>\n<thead><tr><th scope=\"col\">Scope</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
            foreach (var r in t.Ratings)
            {
                sb.Append("<tr><th scope=\"row\"><code>").Append(HtmlText.Encode(r.ScopeId)).Append("</code></th>").Append(HtmlText.Tag("td", TrendText.Rating(r))).Append("</tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        var values = t.Indicators.Concat(t.Measures).ToList();
        if (values.Count > 0)
        {
            sb.Append("<table>\n<caption>Indicators and survey measures</caption>\n<thead><tr><th scope=\"col\">Indicator or measure</th><th scope=\"col\" class=\"num\">Now</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
            foreach (var v in values)
            {
                sb.Append("<tr><th scope=\"row\"><code>").Append(HtmlText.Encode(v.Id)).Append("</code></th>")
                  .Append("<td class=\"num\">").Append(v.Current is { } now ? ReportFormat.Number(now) : "—").Append("</td>")
                  .Append(HtmlText.Tag("td", TrendText.Change(v))).Append("</tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        var moved = t.Criteria.Where(x => x.Direction != "unchanged").ToList();
        if (moved.Count > 0)
        {
            sb.Append("<table>\n<caption>Criteria whose outcome changed</caption>\n<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Previous</th><th scope=\"col\">Now</th><th scope=\"col\">Direction</th></tr></thead>\n<tbody>\n");
            foreach (var x in moved)
            {
                sb.Append("<tr><th scope=\"row\"><code>").Append(HtmlText.Encode(x.CriterionId)).Append("</code></th>")
                  .Append("<td>").Append(HtmlText.Outcome(x.Previous)).Append("</td><td>").Append(HtmlText.Outcome(x.Current)).Append("</td>")
                  .Append(HtmlText.Tag("td", TrendText.Arrow(x.Direction))).Append("</tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        return sb.Append("</section>\n").ToString();
    }

    private static string Peers(PeerComparison? p)
    {
        if (p is null)
        {
            return "";
        }

        var sb = new StringBuilder("<section aria-labelledby=\"peers\">\n<h2 id=\"peers\">Among peers</h2>\n")
            .Append(HtmlText.Tag("p", $"Peer group: {TrendText.Group(p)}."));
        if (p.Positions.IsEmpty)
        {
            return sb.Append("<p>Too few organisations of the group have values to compare.</p>\n</section>\n").ToString();
        }

        sb.Append("<table>\n<caption>Position among peers (rank 1 = highest value)</caption>\n<thead><tr><th scope=\"col\">Indicator or measure</th><th scope=\"col\" class=\"num\">Value</th>")
          .Append("<th scope=\"col\" class=\"num\">Lower quartile</th><th scope=\"col\" class=\"num\">Median</th><th scope=\"col\" class=\"num\">Upper quartile</th><th scope=\"col\">Position</th></tr></thead>\n<tbody>\n");
        foreach (var x in p.Positions)
        {
            sb.Append("<tr><th scope=\"row\"><code>").Append(HtmlText.Encode(x.Id)).Append("</code></th>")
              .Append("<td class=\"num\">").Append(ReportFormat.Number(x.Value)).Append("</td>")
              .Append("<td class=\"num\">").Append(ReportFormat.Number(x.LowerQuartile)).Append("</td>")
              .Append("<td class=\"num\">").Append(ReportFormat.Number(x.Median)).Append("</td>")
              .Append("<td class=\"num\">").Append(ReportFormat.Number(x.UpperQuartile)).Append("</td>")
              .Append(HtmlText.Tag("td", TrendText.Position(x, p.Group))).Append("</tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }
}
