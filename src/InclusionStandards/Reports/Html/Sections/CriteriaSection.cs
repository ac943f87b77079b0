using InclusionStandards.Evaluation;
using InclusionStandards.Model;
using System.Text;
using InclusionStandards.Assessments;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>
/// Every criterion, grouped by standard in collapsible groups (opened for printing): its plain-English statement, the
/// outcome in a colour and a word, why in plain English, the evidence used (under disclosure control), the action and
/// owner when it is not met, and its citations. The rule itself is behind a disclosure for those who want it.
/// </summary>
internal static class CriteriaSection
{
    public static string Render(HtmlContext c)
    {
        var a = c.Assessment;
        var sb = new StringBuilder("<section class=\"page\" id=\"criteria\" aria-labelledby=\"criteria-heading\">\n<h2 id=\"criteria-heading\">Criteria in detail</h2>\n")
            .Append("<p>Open a standard to see each criterion: what it needs, what was found and why, the evidence used and its source.</p>\n");
        var titles = a.Standards.ToDictionary(s => s.Id, s => (s.Title ?? s.Id, s.Status), StringComparer.Ordinal);
        foreach (var group in a.Criteria.Where(x => x.Subject is null).GroupBy(x => x.StandardId, StringComparer.Ordinal))
        {
            var (title, status) = titles.GetValueOrDefault(group.Key, (group.Key, "published"));
            var list = group.ToList();
            var counts = string.Join(", ", ReportFormat.Outcomes.Where(o => list.Any(x => x.Outcome == o))
                .Select(o => $"{list.Count(x => x.Outcome == o)} {ReportFormat.Label(o).ToLowerInvariant()}"));
            sb.Append("<details class=\"group\"><summary><h3>").Append(HtmlText.Encode(title)).Append("</h3> <span class=\"status\">")
              .Append(HtmlText.Encode($"({list.Count} criteria: {counts}{(status is "published" ? "" : $"; {status} standard")})")).Append("</span></summary>\n");
            foreach (var criterion in list)
            {
                sb.Append(Article(c, criterion));
            }

            sb.Append("</details>\n");
        }

        return sb.Append("</section>\n").ToString();
    }

    private static string Article(HtmlContext c, CriterionResult r)
    {
        var sb = new StringBuilder($"<article class=\"criterion\" id=\"c-{HtmlText.Encode(r.CriterionId)}\" aria-labelledby=\"c-{HtmlText.Encode(r.CriterionId)}-h\">\n")
            .Append($"<h4 id=\"c-{HtmlText.Encode(r.CriterionId)}-h\">").Append(HtmlText.Encode(r.Title)).Append("</h4>\n<p>").Append(HtmlText.Outcome(r.Outcome))
            .Append(r.Provisional ? " <span class=\"status\">Draft or proposed criterion: not yet a published standard.</span>" : "").Append("</p>\n<dl>\n");
        if (r.Statement is not null)
        {
            sb.Append("<dt>What it needs</dt><dd>").Append(HtmlText.Encode(r.Statement)).Append("</dd>\n");
        }

        sb.Append("<dt>What was found</dt><dd>").Append(HtmlText.Encode(PlainWords.Reason(r, c.Assessment, c.Disclosure))).Append("</dd>\n");
        if (!r.Elements.IsEmpty)
        {
            sb.Append("<dt>One by one</dt><dd>").Append(string.Join("; ", r.Elements.Select(e => $"{HtmlText.Encode(e.Subject)} {HtmlText.Outcome(e.Outcome)}"))).Append("</dd>\n");
        }

        var used = r.EvidenceUsed.Select(e => $"{PlainWords.Path(e.Path)}: {PlainWords.Value(e, c.Disclosure)}").ToList();
        sb.Append("<dt>Evidence used</dt><dd>").Append(HtmlText.Encode(used.Count > 0 ? string.Join("; ", used) : r.DependsOn.IsEmpty ? "none" : "the findings named above")).Append("</dd>\n");
        if (r.Action is not null && r.Outcome is Outcome.NotMet or Outcome.PartiallyMet)
        {
            sb.Append("<dt>Action</dt><dd>").Append(HtmlText.Encode(r.Action)).Append(r.Owner is null ? "" : $" <span class=\"who\">Owner: {HtmlText.Encode(r.Owner)}</span>").Append("</dd>\n");
        }

        if (!r.Citations.IsEmpty)
        {
            sb.Append("<dt>Source</dt><dd>").Append(HtmlText.Encode(string.Join("; ", r.Citations.Select(x => x.ToString())))).Append("</dd>\n");
        }

        sb.Append("</dl>\n");
        var rule = new List<string> { $"criterion: {r.CriterionId}" };
        rule.AddRange(r.Conditions.Select((x, i) => (i == 0 ? "met when: " : "partly met when: ") + x));
        sb.Append("<details class=\"rule\"><summary>The rule behind this finding</summary><code>").Append(HtmlText.Encode(string.Join("\n", rule))).Append("</code></details>\n");
        return sb.Append("</article>\n").ToString();
    }
}
