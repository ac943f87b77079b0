using System.Text;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;
using InclusionStandards.Hosting;
using InclusionStandards.Loading;
using InclusionStandards.Reports;
using Microsoft.Extensions.Options;

namespace InclusionStandards.Host;

/// <summary>POST /assessments (evidence JSON or YAML in, assessment JSON out), GET /assessments/{id}, GET /assessments/{id}/report.</summary>
internal static class AssessmentEndpoints
{
    private static readonly string[] Accepted = ["application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain"];

    public static async Task<IResult> Create(HttpContext context, IAssessmentService assessor, AssessmentStore store, IOptions<InclusionStandardsOptions> options)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not null && !Accepted.Contains(mediaType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported evidence format", detail: $"Send evidence as {string.Join(", ", Accepted)}.");
        }

        if (!TryEncoding(context.Request.ContentType, out var encoding))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported character set", detail: "Send evidence as UTF-8 (or declare utf-16 or utf-32).");
        }

        // The body is read up to the evidence size limit and no further, whether its length is declared or it is chunked.
        var limit = options.Value.EvidenceLimits.MaxFileBytes;
        if (context.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var read = await TextFile.ReadAsync(context.Request.Body, limit, "The request body", encoding, context.RequestAborted);
        if (read.Problem == TextFileProblem.TooLarge)
        {
            return TooLarge(limit);
        }

        var source = mediaType == "application/json" ? "evidence.json" : "evidence.yaml";
        if (!read.Succeeded)
        {
            return EvidenceProblem.From([Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, read.Message!, new SourceLocation(source, Math.Max(1, read.Line), Math.Max(1, read.Column)))]);
        }

        var result = assessor.Assess(read.Text!, source);
        if (!result.Succeeded)
        {
            return EvidenceProblem.From(result.Diagnostics);
        }

        var id = store.Add(result.Assessment);
        context.Response.Headers.Location = $"/assessments/{id}";
        return Results.Text(AssessmentJson.Serialize(result.Assessment), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private static IResult TooLarge(long limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Evidence too large",
            detail: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The evidence is larger than the limit of {limit:N0} bytes."));

    public static IResult Get(string id, AssessmentStore store) =>
        store.Find(id) is { } assessment
            ? Results.Text(AssessmentJson.Serialize(assessment), "application/json", Encoding.UTF8)
            : NotFound(id);

    public static IResult Report(string id, AssessmentStore store) =>
        store.Find(id) is { } assessment
            ? Results.Text(HtmlReport.Render(assessment), "text/html", Encoding.UTF8)
            : NotFound(id);

    /// <summary>
    /// The body's encoding: null for UTF-8 (no charset, utf-8, us-ascii); a Unicode encoding .NET knows (utf-16, utf-32);
    /// false for anything else — utf-7 (obsolete, and able to smuggle markup), legacy code pages, unknown names.
    /// </summary>
    private static bool TryEncoding(string? contentType, out Encoding? encoding)
    {
        encoding = null;
        if (contentType is null || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.Charset.Length == 0)
        {
            return true;
        }

        var name = parsed.Charset.ToString().Trim('"').ToLowerInvariant();
        if (name is "utf-8" or "utf8" or "us-ascii")
        {
            return true;
        }

        try
        {
            encoding = Encoding.GetEncoding(name);
            return encoding is UnicodeEncoding or UTF32Encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such assessment", detail: $"No assessment '{id}' is held (they are kept in memory since start).");
}
