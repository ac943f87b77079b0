using InclusionStandards.Scoring;
using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>
/// Ratings and scores: for each headline scope, its rating with what it means and its standing, the score on the
/// rating scale, and a chart of the statements, board members or programmes scored under it (coloured by how far each
/// is from its maximum, with a legend).
/// </summary>
internal static class ScopeSection
{
    private static readonly (string, string)[] Legend =
    [
        ("met", "two thirds of the maximum or more"),
        ("partially-met", "one third to two thirds"),
        ("not-met", "below one third"),
        ("insufficient-evidence", "not scored"),
    ];

    public static string Render(HtmlContext c)
    {
        var sb = new StringBuilder("<section class=\"page\" id=\"ratings\" aria-labelledby=\"ratings-heading\">\n<h2 id=\"ratings-heading\">Ratings and scores</h2>\n");
        foreach (var h in BoardPack.Headlines(c.Assessment))
        {
            var s = h.Scope;
            sb.Append($"<div class=\"headline {ScaleChart.Tone(s)}\">\n<h3>{HtmlText.Encode(s.Title)}</h3>\n")
              .Append($"<p><span class=\"rating {ScaleChart.Tone(s)}\">{HtmlText.Encode(ReportFormat.Rating(s.Rating))}</span> ({HtmlText.Encode(BoardPack.Score(s))}).")
              .Append(s.RatingMeaning is null ? "" : " " + HtmlText.Encode(s.RatingMeaning)).Append("</p>\n")
              .Append("<p class=\"status\">").Append(HtmlText.Encode(BoardPack.Status(s))).Append("</p>\n")
              .Append(ScaleChart.Render(s));
            foreach (var note in s.Notes)
            {
                sb.Append("<p class=\"note\">").Append(HtmlText.Encode(Note(c, note))).Append("</p>\n");
            }

            sb.Append("</div>\n");
            if (h.Parts.Count > 0)
            {
                sb.Append(Parts(c, h));
            }
        }

        return sb.Append("</section>\n").ToString();
    }

    /// <summary>A sortable column header (for the comparison table): the button is what keyboard users activate.</summary>
    internal static string Header(string text, string? cssClass = null) =>
        $"<th scope=\"col\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}><button type=\"button\">{HtmlText.Encode(text)}</button></th>";

    private static string Parts(HtmlContext c, BoardPack.Headline h)
    {
        var parts = h.Parts;
        var maxes = parts.Select(p => p.MaxScore).Distinct().ToList();
        var common = maxes.Count == 1 && maxes[0] is { } m && m != 100 ? m : (double?)null;
        var axis = common is { } cm
            ? new BarChart.Axis(Ticks.Round(0, cm, (int)Math.Min(cm, 4) + 1), ReportFormat.Number)
            : new BarChart.Axis([0, 25, 50, 75, 100], v => ReportFormat.Number(v) + "%");
        var noun = parts[0].Kind switch
        {
            "board-member" => "Board members",
            "programme" => "Programmes",
            _ => "Statements",
        };
        var bars = parts.Select(p => new BarChart.Bar(
            p.Subject ?? p.Title,
            p.Score is { } v && p.MaxScore is > 0 ? v / p.MaxScore.Value : 0,
            Value(p),
            Css(p))).ToList();
        return BarChart.Render(c.Ids.Next("parts"), $"{noun} of {h.Scope.Title}", bars, axis,
            $"Each bar is a score{(common is null ? " as a share of its maximum" : $" out of {ReportFormat.Number(common.Value)}")}; longer is better.", Legend);
    }

    private static string Value(ScopeResult p) => p.Score is null
        ? (p.Notes.Any(n => n.StartsWith("not part of the total", StringComparison.Ordinal)) ? "informs only, not scored" : "not scored")
        : BoardPack.Score(p) + (p.Rating is null ? "" : $", {p.Rating}");

    private static string Css(ScopeResult p) => p switch
    {
        { Score: null } or { MaxScore: null or <= 0 } => "insufficient-evidence",
        { Score: { } v, MaxScore: { } m } when v / m >= 2.0 / 3 - 1e-9 => "met",
        { Score: { } v, MaxScore: { } m } when v / m >= 1.0 / 3 - 1e-9 => "partially-met",
        _ => "not-met",
    };

    /// <summary>A scope note with ids turned into titles where the assessment knows them.</summary>
    private static string Note(HtmlContext c, string note)
    {
        var titles = c.Assessment.Scopes.Where(s => s.Subject is null).GroupBy(s => s.ScopeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var text = c.Disclosure.Redact(note);
        var colon = text.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var ids = text[(colon + 2)..].Split(", ");
            if (ids.All(titles.ContainsKey))
            {
                text = text[..(colon + 2)] + string.Join("; ", ids.Select(i => titles[i]));
            }
        }

        return char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
    }
}
