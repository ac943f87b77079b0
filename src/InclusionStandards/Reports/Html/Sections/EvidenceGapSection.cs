using System.Text;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>The evidence gaps: missing evidence by area (a bar chart) and the list of paths with the criteria that need each; then provenance.</summary>
internal static class EvidenceGapSection
{
    public static string Render(HtmlContext c)
    {
        var missing = c.Assessment.MissingEvidence;
        var sb = new StringBuilder("<section aria-labelledby=\"missing\">\n<h2 id=\"missing\">Missing evidence</h2>\n");
        if (missing.IsEmpty)
        {
            return sb.Append("<p>No evidence was missing.</p>\n</section>\n").ToString();
        }

        var areas = missing.GroupBy(Area, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var most = areas.Max(g => g.Count());
        var bars = areas.Select(g => new BarChart.Bar(g.Key, (double)g.Count() / most, $"{ReportFormat.Number(g.Count())} missing")).ToList();
        var description = string.Join(", ", areas.Select(g => $"{g.Key}: {ReportFormat.Number(g.Count())}"));
        sb.Append("<figure>\n").Append(BarChart.Render(c.Ids.Next("gaps"), "Missing evidence by area", description, bars))
          .Append("<figcaption>Missing evidence paths, grouped by their first segment.</figcaption>\n</figure>\n");

        sb.Append("<p>Give this evidence to decide the criteria that are <em>insufficient evidence</em>:</p>\n<ul class=\"missing\">\n");
        var needers = MissingEvidenceIndex.NeedersOf(c.Assessment);
        foreach (var path in missing)
        {
            sb.Append("<li><code>").Append(HtmlText.Encode(path)).Append("</code>");
            if (needers.TryGetValue(path, out var ids))
            {
                sb.Append(" — needed by ").Append(string.Join(", ", ids.Select(id => $"<code>{HtmlText.Encode(id)}</code>")));
            }

            sb.Append("</li>\n");
        }

        return sb.Append("</ul>\n</section>\n").ToString();
    }

    public static string Provenance(HtmlContext c)
    {
        var sb = new StringBuilder("<section aria-labelledby=\"standards\">\n<h2 id=\"standards\">Standards</h2>\n<table>\n<caption>Standards evaluated</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Kind</th><th scope=\"col\">Version</th><th scope=\"col\">Status</th><th scope=\"col\">Content hash</th></tr></thead>\n<tbody>\n");
        foreach (var s in c.Assessment.Standards)
        {
            sb.Append("<tr><th scope=\"row\"><code>").Append(HtmlText.Encode(s.Id)).Append("</code></th>").Append(HtmlText.Tag("td", s.Kind))
              .Append(HtmlText.Tag("td", s.Version)).Append(HtmlText.Tag("td", s.Status)).Append("<td><code>").Append(HtmlText.Encode(s.ContentHash)).Append("</code></td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n<p class=\"note\">Catalog hash <code>").Append(HtmlText.Encode(c.Assessment.CatalogHash))
            .Append("</code>; ").Append(ReportFormat.Number(c.Assessment.RuleFirings)).Append(" rule firings.</p>\n</section>\n").ToString();
    }

    private static string Area(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
