using System.Text;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Reports;
using InclusionStandards.Server.Api;
using InclusionStandards.Server.Security;
using InclusionStandards.Server.Storage;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>An assessment: what was kept, the downloads, and the library's HTML report.</summary>
internal static class AssessmentPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/assessments/{id}", Show).RequireAuthorization(Authorization.Pages);
        app.MapGet("/assessments/{id}/report", Report).RequireAuthorization(Authorization.Pages);
    }

    private static async Task<IResult> Show(string id, HttpContext context, AssessmentStore store)
    {
        if (await store.FindAsync(id, Caller.From(context.User)!, context.RequestAborted) is not { } record)
        {
            return NotFound(context, $"assessment '{id}'");
        }

        var summary = new AssessmentSummary(record.Sequence, record.Id, record.OdsCode, record.OrganisationName, record.PeriodStart, record.PeriodEnd, record.SubmittedBy, record.SubmittedAt, record.CatalogHash);
        var ratings = Ratings.Of(AssessmentJson.Deserialize(record.AssessmentJson));
        var api = $"/api/assessments/{H(record.Id)}";
        var main = new StringBuilder();
        main.Append("<h1>Assessment: ").Append(H(record.OrganisationName)).Append("</h1>");
        main.Append("<dl class=\"facts\">")
            .Append("<dt>Organisation</dt><dd><a href=\"/organisations/").Append(H(record.OdsCode)).Append("\">").Append(H(record.OrganisationName)).Append("</a> (").Append(H(record.OdsCode)).Append(") – all its assessments</dd>")
            .Append("<dt>Period</dt><dd>").Append(H(DashboardPages.Period(summary))).Append("</dd>")
            .Append("<dt>Submitted</dt><dd>").Append(H(DashboardPages.Submitted(summary))).Append("</dd>")
            .Append("<dt>Standards</dt><dd><code>").Append(H(record.CatalogHash)).Append("</code></dd>")
            .Append("<dt>Evidence</dt><dd>").Append(H(record.EvidenceMediaType)).Append(", SHA-256 <code>").Append(H(record.EvidenceSha256)).Append("</code></dd>")
            .Append("<dt>Ratings</dt><dd>").Append(Ratings.Html(ratings, null)).Append("</dd>")
            .Append("</dl>");
        main.Append("<h2>Downloads</h2><ul class=\"downloads\">");
        foreach (var (file, label) in Downloads.Labelled)
        {
            main.Append("<li><a href=\"").Append(api).Append("/downloads/").Append(H(file)).Append("\" download>").Append(H(label)).Append("</a></li>");
        }

        main.Append("<li><a href=\"").Append(api).Append("/evidence\" download>Evidence as submitted</a></li></ul>");
        main.Append("<h2>Report</h2><p><a href=\"/assessments/").Append(H(record.Id)).Append("/report\">Open the report on its own page</a></p>");
        main.Append("<iframe class=\"report\" title=\"Assessment report\" src=\"/assessments/").Append(H(record.Id)).Append("/report\"></iframe>");
        return Page(context, $"Assessment of {record.OrganisationName}", main.ToString());
    }

    private static async Task<IResult> Report(string id, HttpContext context, AssessmentStore store)
    {
        if (await store.FindAsync(id, Caller.From(context.User)!, context.RequestAborted) is not { } record)
        {
            return NotFound(context, $"assessment '{id}'");
        }

        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportPolicy;
        return Results.Content(HtmlReport.Render(AssessmentJson.Deserialize(record.AssessmentJson)), "text/html; charset=utf-8", Encoding.UTF8);
    }
}
