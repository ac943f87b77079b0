using System.Text;
using InclusionStandards.Assessments;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>Every criterion with its outcome, score, reasons and the evidence it used; per-element results as indented rows.</summary>
internal static class CriteriaSection
{
    public static string Render(HtmlContext c)
    {
        var sb = new StringBuilder("<section aria-labelledby=\"criteria\">\n<h2 id=\"criteria\">Criteria</h2>\n");
        sb.Append("<table class=\"sortable\">\n<caption>Criteria and their outcomes</caption>\n<thead><tr>")
          .Append(ScopeSection.Header("Criterion")).Append(ScopeSection.Header("Scope")).Append(ScopeSection.Header("Outcome"))
          .Append(ScopeSection.Header("Score", "num")).Append("<th scope=\"col\">Why</th><th scope=\"col\">Evidence used</th></tr></thead>\n");
        foreach (var criterion in c.Assessment.Criteria)
        {
            // One tbody per criterion keeps each roll-up with its elements; sorting orders the roll-ups.
            sb.Append("<tbody>\n");
            Row(sb, c, criterion, $"{HtmlText.Encode(criterion.Title)} <code>{HtmlText.Encode(criterion.CriterionId)}</code>", false);
            foreach (var element in criterion.Elements)
            {
                Row(sb, c, element, "↳ " + HtmlText.Encode(element.Subject), true);
            }

            sb.Append("</tbody>\n");
        }

        return sb.Append("</table>\n</section>\n").ToString();
    }

    private static void Row(StringBuilder sb, HtmlContext c, CriterionResult r, string name, bool element)
    {
        var why = r.Reasons.Select(c.Disclosure.Redact).ToList();
        if (r.Error is { } error)
        {
            why.Add("Error: " + c.Disclosure.Redact(error));
        }

        var evidence = r.EvidenceUsed.Select(e => $"<code>{HtmlText.Encode(e.Path)}</code> {HtmlText.Encode(c.Disclosure.Show(e))}")
            .Concat(r.MissingEvidence.Select(p => $"<code>{HtmlText.Encode(p)}</code> missing"));
        sb.Append(element ? "<tr class=\"element\">" : "<tr>")
          .Append("<th scope=\"row\">").Append(name).Append("</th>")
          .Append(HtmlText.Tag("td", r.ScopeId))
          .Append($"<td data-sort=\"{(int)r.Outcome}\">").Append(HtmlText.Outcome(r.Outcome)).Append("</td>")
          .Append($"<td class=\"num\" data-sort=\"{(r.Score is { } s ? ReportFormat.Number(s) : "-1")}\">")
          .Append(r.Score is { } score ? ReportFormat.Number(score) : "").Append("</td>")
          .Append("<td>").Append(string.Join("<br>", why.Select(HtmlText.Encode))).Append("</td>")
          .Append("<td>").Append(string.Join("<br>", evidence)).Append("</td></tr>\n");
    }
}
