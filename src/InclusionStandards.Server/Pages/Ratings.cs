using System.Globalization;
using System.Text;
using InclusionStandards.Assessments;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>The headline ratings of an assessment (each organisation-level scope above the statements) and their trend.</summary>
internal static class Ratings
{
    public sealed record Headline(string ScopeId, string Title, string? Rating, double? Score, double? MaxScore);

    public static List<Headline> Of(Assessment assessment) =>
        assessment.Scopes.Where(s => AssessmentDigest.IsHeadline(s) && (s.Rating is not null || s.Score is not null))
            .Select(s => new Headline(s.ScopeId, s.Title, s.Rating, s.Score, s.MaxScore)).ToList();

    /// <summary>The ratings as a list, each with its change since the previous assessment when there is one.</summary>
    public static string Html(List<Headline> latest, List<Headline>? previous)
    {
        if (latest.Count == 0)
        {
            return "<span class=\"same\">No rating</span>";
        }

        var html = new StringBuilder("<ul>");
        foreach (var h in latest)
        {
            html.Append("<li>").Append(H(h.Title)).Append(": <strong>").Append(H(h.Rating ?? "not rated")).Append("</strong>");
            if (h.Score is { } score)
            {
                html.Append(" (").Append(Number(score)).Append(h.MaxScore is { } max ? " of " + Number(max) : "").Append(')');
            }

            var before = previous?.FirstOrDefault(p => p.ScopeId == h.ScopeId);
            if (before?.Score is { } was && h.Score is { } now)
            {
                html.Append(now > was
                    ? $" <span class=\"up\">↑ up from {Number(was)}</span>"
                    : now < was ? $" <span class=\"down\">↓ down from {Number(was)}</span>" : " <span class=\"same\">no change</span>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
