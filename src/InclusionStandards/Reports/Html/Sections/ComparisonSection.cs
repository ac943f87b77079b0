using InclusionStandards.Model;
using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>The comparison view: per headline scope, the distribution of ratings (a bar chart); then a sortable table of organisations × ratings.</summary>
internal static class ComparisonSection
{
    public static string Distribution(Comparison comparison, ChartIds ids)
    {
        var sb = new StringBuilder("<section aria-labelledby=\"distribution\">\n<h2 id=\"distribution\">Distribution of ratings</h2>\n<div class=\"charts\">\n");
        var total = Math.Max(1, comparison.Organisations.Count);
        foreach (var column in comparison.Columns)
        {
            var distribution = comparison.Distribution(column);
            var bars = distribution.Select(d => new BarChart.Bar(d.Rating, (double)d.Count / total,
                $"{ReportFormat.Number(d.Count)} of {ReportFormat.Number(comparison.Organisations.Count)}", "neutral")).ToList();
            sb.Append(BarChart.Render(ids.Next("distribution"), $"{column.Title}: organisations by rating", bars, note: "Each bar is the share of the organisations with that rating."));
        }

        return sb.Append("</div>\n</section>\n").ToString();
    }

    public static string Table(Comparison comparison)
    {
        var sb = new StringBuilder("<section aria-labelledby=\"organisations\">\n<h2 id=\"organisations\">Ratings by organisation</h2>\n")
            .Append("<p class=\"note\">Select a column heading to sort by it; select again to reverse.</p>\n")
            .Append("<table class=\"sortable\" id=\"comparison\">\n<caption>Organisations and their ratings</caption>\n<thead><tr>")
            .Append(ScopeSection.Header("Organisation")).Append(ScopeSection.Header("ODS code"));
        foreach (var column in comparison.Columns)
        {
            sb.Append(ScopeSection.Header(column.Title));
        }

        sb.Append(ScopeSection.Header("Criteria met", "num")).Append(ScopeSection.Header("Missing evidence", "num")).Append("</tr></thead>\n<tbody>\n");
        foreach (var a in comparison.Organisations)
        {
            sb.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(a.Organisation.Name)).Append("</th>").Append(HtmlText.Tag("td", a.Organisation.OdsCode));
            foreach (var column in comparison.Columns)
            {
                if (Comparison.Cell(a, column) is { } s)
                {
                    var key = s.Score is { } v ? Svg.N(s.MaxScore is > 0 ? v / s.MaxScore.Value * 100 : v) : "-1";
                    sb.Append($"<td data-sort=\"{key}\">").Append(HtmlText.Encode(ReportFormat.Rating(s.Rating)))
                      .Append(" <span class=\"note\">(").Append(ReportFormat.Score(s.Score, s.MaxScore)).Append(")</span></td>");
                }
                else
                {
                    sb.Append("<td data-sort=\"-2\">—</td>");
                }
            }

            var met = ReportFormat.OutcomeCounts(a)[(int)Outcome.Met];
            sb.Append($"<td class=\"num\" data-sort=\"{ReportFormat.Number(met)}\">{ReportFormat.Number(met)} of {ReportFormat.Number(a.Criteria.Length)}</td>")
              .Append($"<td class=\"num\">{ReportFormat.Number(a.MissingEvidence.Length)}</td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }
}
