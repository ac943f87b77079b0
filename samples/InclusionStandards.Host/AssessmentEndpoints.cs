using System.Text;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Hosting;
using InclusionStandards.Reports;

namespace InclusionStandards.Host;

/// <summary>POST /assessments (evidence JSON or YAML in, assessment JSON out), GET /assessments/{id}, GET /assessments/{id}/report.</summary>
internal static class AssessmentEndpoints
{
    private static readonly string[] Accepted = ["application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain"];

    public static async Task<IResult> Create(HttpContext context, IAssessmentService assessor, AssessmentStore store)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not null && !Accepted.Contains(mediaType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported evidence format", detail: $"Send evidence as {string.Join(", ", Accepted)}.");
        }

        if (!TryEncoding(context.Request.ContentType, out var encoding))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported character set", detail: "Send evidence as UTF-8 (or declare another charset that .NET knows, such as utf-16).");
        }

        using var reader = new StreamReader(context.Request.Body, encoding);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        var source = mediaType == "application/json" ? "evidence.json" : "evidence.yaml";
        var result = assessor.Assess(text, source);
        if (!result.Succeeded)
        {
            return EvidenceProblem.From(result.Diagnostics);
        }

        var id = store.Add(result.Assessment);
        context.Response.Headers.Location = $"/assessments/{id}";
        return Results.Text(AssessmentJson.Serialize(result.Assessment), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    public static IResult Get(string id, AssessmentStore store) =>
        store.Find(id) is { } assessment
            ? Results.Text(AssessmentJson.Serialize(assessment), "application/json", Encoding.UTF8)
            : NotFound(id);

    public static IResult Report(string id, AssessmentStore store) =>
        store.Find(id) is { } assessment
            ? Results.Text(HtmlReport.Render(assessment), "text/html", Encoding.UTF8)
            : NotFound(id);

    /// <summary>The body's encoding: the declared charset, else UTF-8; false for a charset that is not known.</summary>
    private static bool TryEncoding(string? contentType, out Encoding encoding)
    {
        encoding = Encoding.UTF8;
        if (contentType is null || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.Charset.Length == 0)
        {
            return true;
        }

        try
        {
            encoding = Encoding.GetEncoding(parsed.Charset.ToString().Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such assessment", detail: $"No assessment '{id}' is held (they are kept in memory since start).");
}
