using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>Scores per statement, domain, framework and element: a bar chart of each score against its maximum, and the table.</summary>
internal static class ScopeSection
{
    public static string Render(HtmlContext c)
    {
        var scopes = c.Assessment.Scopes;
        var sb = new StringBuilder("<section aria-labelledby=\"scores\">\n<h2 id=\"scores\">Scores and ratings</h2>\n");
        var scored = scopes.Where(s => s.MaxScore is > 0).ToList();
        if (scored.Count > 0)
        {
            var bars = scored.Select(s => new BarChart.Bar(
                ReportFormat.ScopeName(s), (s.Score ?? 0) / s.MaxScore!.Value,
                $"{ReportFormat.Score(s.Score, s.MaxScore)} {ReportFormat.Rating(s.Rating)}")).ToList();
            var description = string.Join("; ", scored.Select(s => $"{ReportFormat.ScopeName(s)}: {ReportFormat.Score(s.Score, s.MaxScore)}, {ReportFormat.Rating(s.Rating)}"));
            sb.Append("<figure>\n").Append(BarChart.Render(c.Ids.Next("scores"), "Scores per statement and domain", description, bars))
              .Append("<figcaption>Each score as a share of its scheme's maximum.</figcaption>\n</figure>\n");
        }

        sb.Append("<table class=\"sortable\">\n<caption>All scopes</caption>\n<thead><tr>")
          .Append(Header("Scope")).Append(Header("Kind")).Append(Header("Scheme")).Append(Header("Score", "num"))
          .Append(Header("Rating")).Append("<th scope=\"col\">Limited by</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n");
        foreach (var s in scopes)
        {
            sb.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(ReportFormat.ScopeName(s))).Append("</th>")
              .Append(HtmlText.Tag("td", s.Kind)).Append(HtmlText.Tag("td", s.Scheme))
              .Append($"<td class=\"num\" data-sort=\"{Sort(s)}\">").Append(ReportFormat.Score(s.Score, s.MaxScore)).Append("</td>")
              .Append(HtmlText.Tag("td", ReportFormat.Rating(s.Rating)))
              .Append(HtmlText.Tag("td", s.LimitedBy is null ? "" : c.Disclosure.Redact(s.LimitedBy)))
              .Append(HtmlText.Tag("td", string.Join("; ", s.Notes.Select(c.Disclosure.Redact)))).Append("</tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }

    /// <summary>A sortable column header: the button is what keyboard users activate.</summary>
    internal static string Header(string text, string? cssClass = null) =>
        $"<th scope=\"col\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}><button type=\"button\">{HtmlText.Encode(text)}</button></th>";

    private static string Sort(ScopeResult s) =>
        s.Score is { } v ? Svg.N(s.MaxScore is > 0 ? v / s.MaxScore.Value * 100 : v) : "-1";
}
