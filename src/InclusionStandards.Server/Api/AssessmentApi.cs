using System.Text;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Reports;
using InclusionStandards.Server.Security;
using InclusionStandards.Server.Storage;

namespace InclusionStandards.Server.Api;

/// <summary>
/// The API: submit evidence, read an assessment, list an organisation's assessments, and download its report.
/// Callers send <c>Authorization: Bearer KEY</c> (or a signed-in cookie); what they may not see is 404.
/// </summary>
internal static class AssessmentApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Authorization.Api).RequireRateLimiting(RateLimits.Api).WithTags("assessments");
        api.MapPost("/assessments", Create)
            .WithName("SubmitEvidence")
            .WithSummary("Evaluate evidence and keep the assessment")
            .WithDescription("Send the evidence as the body with Content-Type application/yaml, application/json or text/csv. 201 with Location for a kept assessment; 400 with located diagnostics for bad evidence.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Declared here rather than with Accepts(), which would let the framework answer a wrong Content-Type
                // with a bare 415 before this endpoint can say what to send.
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "The evidence document (YAML or JSON) or a survey CSV.",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["application/yaml"] = new(),
                        ["application/json"] = new(),
                        ["text/csv"] = new(),
                    },
                };
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery();
        api.MapGet("/assessments/{id}", Get).WithName("GetAssessment").WithSummary("An assessment's JSON")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/assessments/{id}/evidence", Evidence).WithName("GetEvidence").WithSummary("The evidence exactly as submitted")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/assessments/{id}/downloads/{file}", Download).WithName("Download").WithSummary("A download: assessment.json, report.html, report.md, plan.csv or plan.md (the draft action plan)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organisations/{ods}/assessments", History).WithName("ListAssessments").WithSummary("An organisation's assessments, newest first")
            .Produces<List<AssessmentListItem>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<IResult> Create(HttpContext context, Submission submission)
    {
        var caller = Caller.From(context.User)!;
        if (!caller.CanSubmit)
        {
            return Problems.Forbidden([]);
        }

        var contentType = context.Request.ContentType;
        if (EvidenceFormat.FromContentType(contentType) is not { } format)
        {
            return Problems.UnsupportedMediaType(contentType);
        }

        if (!EvidenceFormat.TryEncoding(contentType, out var encoding))
        {
            return Problems.UnsupportedCharset();
        }

        if (await RequestBody.ReadAsync(context, submission.MaxBytes) is not { } body)
        {
            return Problems.TooLarge(submission.MaxBytes);
        }

        // Not the request's token: a submission that has begun is finished and kept even if the client goes away.
        var result = await submission.SubmitAsync(body, format, encoding, caller, CancellationToken.None);
        if (result.RefusedOrganisations.Count > 0)
        {
            return Problems.Forbidden(result.RefusedOrganisations);
        }

        if (!result.Succeeded)
        {
            return Problems.InvalidEvidence(result.Diagnostics);
        }

        var first = result.Records[0];
        context.Response.Headers.Location = $"/api/assessments/{first.Id}";
        if (result.Records.Length == 1)
        {
            return Results.Text(first.AssessmentJson, "application/json", Encoding.UTF8, StatusCodes.Status201Created);
        }

        return Results.Json(result.Records.Select(r => AssessmentListItem.Of(r)).ToList(), statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> Get(string id, HttpContext context, AssessmentStore store) =>
        await store.FindAsync(id, Caller.From(context.User)!, context.RequestAborted) is { } record
            ? Results.Text(record.AssessmentJson, "application/json", Encoding.UTF8)
            : Problems.NotFound($"assessment '{id}'");

    public static async Task<IResult> Evidence(string id, HttpContext context, AssessmentStore store) =>
        await store.FindAsync(id, Caller.From(context.User)!, context.RequestAborted) is { } record
            ? Results.Bytes(record.Evidence, record.EvidenceMediaType, $"evidence-{record.OdsCode}-{record.PeriodEnd}{Extension(record.EvidenceMediaType)}")
            : Problems.NotFound($"assessment '{id}'");

    public static async Task<IResult> Download(string id, string file, HttpContext context, AssessmentStore store)
    {
        if (await store.FindAsync(id, Caller.From(context.User)!, context.RequestAborted) is not { } record)
        {
            return Problems.NotFound($"assessment '{id}'");
        }

        if (Downloads.Render(record, file) is not { } download)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "not-found", "No such download", $"The downloads are {string.Join(", ", Downloads.Files)}; '{file}' is not one.");
        }

        return Results.File(download.Content, download.ContentType, download.FileName);
    }

    public static async Task<IResult> History(string ods, HttpContext context, AssessmentStore store)
    {
        var caller = Caller.From(context.User)!;
        if (!caller.CanSee(ods))
        {
            return Problems.NotFound($"organisation '{ods}'");
        }

        var rows = await store.HistoryAsync(ods, caller, 1000, context.RequestAborted);
        return Results.Json(rows.Select(AssessmentListItem.Of).ToList());
    }

    private static string Extension(string mediaType) => mediaType switch
    {
        "application/json" => ".json",
        "text/csv" => ".csv",
        _ => ".yaml",
    };
}

/// <summary>One assessment in a list.</summary>
internal sealed record AssessmentListItem(string Id, string OdsCode, string OrganisationName, string PeriodStart, string PeriodEnd, string SubmittedBy, DateTime SubmittedAt, string CatalogHash, string Location)
{
    public static AssessmentListItem Of(AssessmentSummary s) =>
        new(s.Id, s.OdsCode, s.OrganisationName, s.PeriodStart, s.PeriodEnd, s.SubmittedBy, DateTime.SpecifyKind(s.SubmittedAt, DateTimeKind.Utc), s.CatalogHash, $"/api/assessments/{s.Id}");

    public static AssessmentListItem Of(AssessmentRecord r) =>
        new(r.Id, r.OdsCode, r.OrganisationName, r.PeriodStart, r.PeriodEnd, r.SubmittedBy, r.SubmittedAt, r.CatalogHash, $"/api/assessments/{r.Id}");
}
