using System.Text;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>The facts under the title, and the summary: headline ratings and the criteria by outcome (a bar chart).</summary>
internal static class SummarySection
{
    public static string Facts(HtmlContext c)
    {
        var org = c.Assessment.Organisation;
        return "<dl class=\"facts\">\n"
            + $"<dt>Organisation</dt><dd>{HtmlText.Encode(org.Name)} (<abbr title=\"ODS code\">{HtmlText.Encode(org.OdsCode)}</abbr>), {HtmlText.Encode(org.Type)}</dd>\n"
            + (org.Region is { } region ? $"<dt>Region</dt><dd>{HtmlText.Encode(region)}</dd>\n" : string.Empty)
            + (org.Ics is { } ics ? $"<dt><abbr title=\"integrated care system\">ICS</abbr></dt><dd>{HtmlText.Encode(ics)}</dd>\n" : string.Empty)
            + $"<dt>Period</dt><dd>{ReportFormat.Period(c.Assessment.Period)}</dd>\n"
            + $"<dt>Assessment date</dt><dd>{ReportFormat.Date(c.Assessment.AssessmentDate)}</dd>\n"
            + "</dl>\n";
    }

    public static string Render(HtmlContext c)
    {
        var sb = new StringBuilder("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n");
        var headline = c.Assessment.Scopes.Where(s => s.Subject is null && s.Kind != "statement").ToList();
        if (headline.Count > 0)
        {
            sb.Append("<table>\n<caption>Headline ratings</caption>\n<thead><tr><th scope=\"col\">Scope</th><th scope=\"col\">Rating</th><th scope=\"col\" class=\"num\">Score</th></tr></thead>\n<tbody>\n");
            foreach (var s in headline)
            {
                sb.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(s.Title)).Append("</th><td><strong>")
                  .Append(HtmlText.Encode(ReportFormat.Rating(s.Rating))).Append("</strong>")
                  .Append(s.LimitedBy is null ? "" : " <span class=\"note\">(limited by " + HtmlText.Encode(c.Disclosure.Redact(s.LimitedBy)) + ")</span>")
                  .Append("</td><td class=\"num\">").Append(ReportFormat.Score(s.Score, s.MaxScore)).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        var counts = ReportFormat.OutcomeCounts(c.Assessment);
        var total = Math.Max(1, counts.Sum());
        var bars = ReportFormat.Outcomes.Select(o => new BarChart.Bar(
            $"{ReportFormat.Symbol(o)} {ReportFormat.Label(o)}", (double)counts[(int)o] / total,
            $"{ReportFormat.Number(counts[(int)o])} of {ReportFormat.Number(counts.Sum())}", ReportFormat.Code(o))).ToList();
        var description = string.Join(", ", ReportFormat.Outcomes.Select(o => $"{ReportFormat.Label(o)}: {ReportFormat.Number(counts[(int)o])}"));
        sb.Append("<figure>\n").Append(BarChart.Render(c.Ids.Next("outcomes"), "Criteria by outcome", description, bars))
          .Append("<figcaption>Criteria by outcome (per-element criteria counted once, by their roll-up).</figcaption>\n</figure>\n</section>\n");
        return sb.ToString();
    }
}
