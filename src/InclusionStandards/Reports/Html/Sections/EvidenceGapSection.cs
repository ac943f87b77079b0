using System.Text;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>The evidence to send (in words, with the criteria that need it), and what the report was built from.</summary>
internal static class EvidenceGapSection
{
    public static string Render(HtmlContext c)
    {
        var missing = c.Assessment.MissingEvidence;
        var sb = new StringBuilder("<section class=\"page\" id=\"missing\" aria-labelledby=\"missing-heading\">\n<h2 id=\"missing-heading\">Missing evidence</h2>\n");
        if (missing.IsEmpty)
        {
            return sb.Append("<p>No evidence was missing.</p>\n</section>\n").ToString();
        }

        var titles = c.Assessment.Criteria.Where(x => x.Subject is null).GroupBy(x => x.CriterionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        sb.Append("<p>Send this evidence to decide the criteria that are undecided:</p>\n<ul class=\"missing\">\n");
        var needers = MissingEvidenceIndex.NeedersOf(c.Assessment);
        foreach (var path in missing)
        {
            sb.Append("<li>").Append(HtmlText.Encode(PlainWords.Path(path)));
            if (needers.TryGetValue(path, out var ids))
            {
                sb.Append(", needed for ").Append(string.Join("; ", ids.Select(id => $"<a href=\"#c-{HtmlText.Encode(id)}\">{HtmlText.Encode(titles.GetValueOrDefault(id, id))}</a>")));
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ul>\n<details class=\"rule\"><summary>Field names for the evidence file</summary><code>").Append(HtmlText.Encode(string.Join("\n", missing))).Append("</code></details>\n");
        return sb.Append("</section>\n").ToString();
    }

    public static string Provenance(HtmlContext c)
    {
        var sb = new StringBuilder("<section id=\"about\" aria-labelledby=\"about-heading\">\n<h2 id=\"about-heading\">About this report</h2>\n")
            .Append("<p>").Append(HtmlText.Encode(c.Disclosure.Explanation)).Append("</p>\n")
            .Append("<table class=\"stack\">\n<caption>Standards evaluated</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Version</th><th scope=\"col\">Status</th><th scope=\"col\">Content hash</th></tr></thead>\n<tbody>\n");
        foreach (var s in c.Assessment.Standards)
        {
            sb.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(s.Title ?? s.Id)).Append("</th>")
              .Append("<td data-label=\"Version\">").Append(HtmlText.Encode(s.Version)).Append("</td><td data-label=\"Status\">").Append(HtmlText.Encode(s.Status))
              .Append("</td><td data-label=\"Content hash\"><code>").Append(HtmlText.Encode(s.ContentHash)).Append("</code></td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n<p class=\"note\">Catalog hash <code>").Append(HtmlText.Encode(c.Assessment.CatalogHash))
            .Append("</code>; ").Append(ReportFormat.Number(c.Assessment.RuleFirings)).Append(" rule firings.</p>\n</section>\n").ToString();
    }
}
