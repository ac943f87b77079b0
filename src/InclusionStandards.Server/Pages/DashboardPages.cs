using System.Globalization;
using System.Text;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Server.Security;
using InclusionStandards.Server.Storage;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>The dashboard (organisations I may see, latest ratings and trend) and each organisation's history.</summary>
internal static class DashboardPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", Dashboard);
        app.MapGet("/organisations/{ods}", History).RequireAuthorization(Authorization.Pages);
    }

    private static async Task<IResult> Dashboard(HttpContext context, AssessmentStore store)
    {
        if (Caller.From(context.User) is not { } caller)
        {
            return Page(context, "Welcome",
                "<h1>Inclusion assessments</h1><p>This service keeps NHS organisations' inclusion assessments: evidence is evaluated against the published standards, and the assessment is kept exactly as made.</p>" +
                "<p><a class=\"button\" href=\"/signin\">Sign in</a></p><p>Anyone may read <a href=\"/standards\">the standards</a>.</p>");
        }

        var organisations = await store.OrganisationsAsync(caller, context.RequestAborted);
        var main = new StringBuilder("<h1>Dashboard</h1>");
        main.Append("<p>").Append(caller.SeesAll ? "Every organisation" : "Your organisations: " + H(string.Join(", ", caller.Organisations.Order(StringComparer.Ordinal)))).Append(".</p>");
        if (caller.CanSubmit)
        {
            main.Append("<p><a href=\"/upload\">Upload evidence</a> to make a new assessment.</p>");
        }

        if (organisations.Count == 0)
        {
            main.Append("<p class=\"message\">No assessments are held yet for the organisations you may see.</p>");
            return Page(context, "Dashboard", main.ToString());
        }

        main.Append("<table><caption>Organisations and their latest assessment</caption><thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\">Latest period</th><th scope=\"col\">Ratings (change since the previous assessment)</th><th scope=\"col\">Assessments</th></tr></thead><tbody>");
        foreach (var (latest, count) in organisations)
        {
            var history = await store.HistoryAsync(latest.OdsCode, caller, 2, context.RequestAborted);
            var json = await store.JsonAsync(history.Select(h => h.Sequence).ToList(), context.RequestAborted);
            var ratings = json.ToDictionary(j => j.Sequence, j => Ratings.Of(AssessmentJson.Deserialize(j.Json)));
            var previous = history.Count > 1 ? ratings[history[1].Sequence] : null;
            main.Append("<tr><th scope=\"row\"><a href=\"/organisations/").Append(H(latest.OdsCode)).Append("\">").Append(H(latest.OrganisationName)).Append("</a> <span class=\"hint\">").Append(H(latest.OdsCode)).Append("</span></th>")
                .Append("<td><a href=\"/assessments/").Append(H(latest.Id)).Append("\">").Append(H(Period(latest))).Append("</a></td>")
                .Append("<td>").Append(Ratings.Html(ratings[latest.Sequence], previous)).Append("</td>")
                .Append("<td>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        main.Append("</tbody></table>");
        return Page(context, "Dashboard", main.ToString());
    }

    private static async Task<IResult> History(string ods, HttpContext context, AssessmentStore store)
    {
        var caller = Caller.From(context.User)!;
        var history = await store.HistoryAsync(ods, caller, 200, context.RequestAborted);
        if (history.Count == 0)
        {
            return NotFound(context, $"organisation '{ods}'");
        }

        var json = await store.JsonAsync(history.Select(h => h.Sequence).ToList(), context.RequestAborted);
        var ratings = json.ToDictionary(j => j.Sequence, j => Ratings.Of(AssessmentJson.Deserialize(j.Json)));
        var name = history[0].OrganisationName;
        var main = new StringBuilder($"<h1>{H(name)} <span class=\"hint\">{H(history[0].OdsCode)}</span></h1>");
        main.Append("<p>Every assessment kept for this organisation, newest first. Each is kept as made; a re-assessment is a new entry.</p>");
        main.Append("<table><caption>Assessments by period</caption><thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Ratings (change since the one before)</th><th scope=\"col\">Submitted</th></tr></thead><tbody>");
        for (var i = 0; i < history.Count; i++)
        {
            var h = history[i];
            var previous = i + 1 < history.Count ? ratings[history[i + 1].Sequence] : null;
            main.Append("<tr><th scope=\"row\"><a href=\"/assessments/").Append(H(h.Id)).Append("\">").Append(H(Period(h))).Append("</a></th>")
                .Append("<td>").Append(Ratings.Html(ratings[h.Sequence], previous)).Append("</td>")
                .Append("<td>").Append(H(Submitted(h))).Append("</td></tr>");
        }

        main.Append("</tbody></table>");
        return Page(context, $"{name} history", main.ToString());
    }

    public static string Period(AssessmentSummary s) => $"{s.PeriodStart} to {s.PeriodEnd}";

    public static string Submitted(AssessmentSummary s) =>
        $"{DateTime.SpecifyKind(s.SubmittedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC by {s.SubmittedBy}";
}
