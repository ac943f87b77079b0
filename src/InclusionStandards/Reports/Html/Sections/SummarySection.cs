using InclusionStandards.Scoring;
using System.Text;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>
/// The facts under the title, and page 1 of the board pack (<c>id="summary"</c>): the headline ratings with what they
/// mean and their standing, the gaps that matter most with the action that closes each, and what evidence is missing.
/// Written to fit the first printed A4 page.
/// </summary>
internal static class SummarySection
{
    public static string Facts(HtmlContext c)
    {
        var org = c.Assessment.Organisation;
        return "<dl class=\"facts\">\n"
            + $"<dt>Organisation</dt><dd>{HtmlText.Encode(org.Name)} (<abbr title=\"ODS code\">{HtmlText.Encode(org.OdsCode)}</abbr>), {HtmlText.Encode(org.Type.Replace('-', ' '))}</dd>\n"
            + (org.Region is { } region ? $"<dt>Region</dt><dd>{HtmlText.Encode(region)}</dd>\n" : string.Empty)
            + (org.Ics is { } ics ? $"<dt><abbr title=\"integrated care system\">ICS</abbr></dt><dd>{HtmlText.Encode(ics)}</dd>\n" : string.Empty)
            + $"<dt>Period</dt><dd>{ReportFormat.Period(c.Assessment.Period)}</dd>\n"
            + $"<dt>Assessment date</dt><dd>{ReportFormat.Date(c.Assessment.AssessmentDate)}</dd>\n"
            + "</dl>\n";
    }

    public static string Render(HtmlContext c)
    {
        var a = c.Assessment;
        var sb = new StringBuilder("<section class=\"summary\" id=\"summary\" aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary for the board</h2>\n");
        sb.Append("<p>").Append(HtmlText.Encode(BoardPack.Counts(a))).Append("</p>\n");
        var headlines = BoardPack.Headlines(a);
        if (headlines.Count > 0)
        {
            sb.Append("<table class=\"stack\">\n<caption>Ratings</caption>\n<thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Rating</th><th scope=\"col\">What the rating means</th><th scope=\"col\">Standing</th></tr></thead>\n<tbody>\n");
            foreach (var h in headlines)
            {
                var s = h.Scope;
                sb.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(s.Title)).Append("</th>")
                  .Append($"<td data-label=\"Rating\"><span class=\"rating {ScaleChart.Tone(s)}\">{HtmlText.Encode(ReportFormat.Rating(s.Rating))}</span> ({HtmlText.Encode(BoardPack.Score(s))})")
                  .Append(s.LimitedBy is null ? "" : $"; capped by a limiter: {HtmlText.Encode(c.Disclosure.Redact(s.LimitedBy))}").Append("</td>")
                  .Append("<td data-label=\"Meaning\">").Append(HtmlText.Encode(s.RatingMeaning ?? (s.Rating is null ? NotRated(s) : "The scheme does not say."))).Append("</td>")
                  .Append("<td data-label=\"Standing\">").Append(HtmlText.Encode(BoardPack.Status(s))).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        var top = BoardPack.TopActions(a);
        sb.Append("<h3>The gaps that matter most</h3>\n");
        if (top.Count == 0)
        {
            sb.Append("<p>No criterion with an authored action is unmet.</p>\n");
        }
        else
        {
            sb.Append("<ol class=\"gaps\">\n");
            foreach (var item in top)
            {
                sb.Append("<li>").Append(HtmlText.Outcome(item.Outcome)).Append(' ')
                  .Append(string.Join("; ", item.CriterionIds.Zip(item.CriterionTitles, (id, t) => $"<a href=\"#c-{HtmlText.Encode(id)}\">{HtmlText.Encode(t)}</a>")))
                  .Append(". <strong>Action:</strong> ").Append(HtmlText.Encode(item.Action))
                  .Append(" <span class=\"who\">").Append(HtmlText.Encode($"{item.Owner}, by {BoardPack.Due(item)}")).Append("</span></li>\n");
            }

            sb.Append("</ol>\n<p>").Append(HtmlText.Encode($"All {a.ActionPlan.Length} actions, with owners and dates, are in the ")).Append("<a href=\"#action-plan\">draft action plan</a>.</p>\n");
        }

        sb.Append("<h3>Missing evidence</h3>\n<p>").Append(HtmlText.Encode(Missing(c))).Append(" <a href=\"#missing\">What to send</a>.</p>\n");
        return sb.Append("</section>\n").ToString();
    }

    private static string NotRated(Scoring.ScopeResult s) =>
        s.Notes.FirstOrDefault(n => n.StartsWith("not scored", StringComparison.Ordinal)) is { } why
            ? "Not rated: " + why["not scored: ".Length..] + "."
            : "Not rated: there is not enough evidence.";

    private static string Missing(HtmlContext c)
    {
        var a = c.Assessment;
        var undecided = a.Criteria.Count(x => x.Outcome == Model.Outcome.InsufficientEvidence);
        if (a.MissingEvidence.IsEmpty)
        {
            return "No evidence was missing.";
        }

        var areas = a.MissingEvidence.GroupBy(p => p.Split('.', '[')[0], StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => PlainWords.Path(g.Key));
        return $"{a.MissingEvidence.Length} pieces of evidence are missing, leaving {undecided} {(undecided == 1 ? "criterion" : "criteria")} undecided; most are about {string.Join(", ", areas)}.";
    }
}
