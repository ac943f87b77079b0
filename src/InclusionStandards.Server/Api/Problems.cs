using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InclusionStandards.Server.Api;

/// <summary>Every API error as RFC 9457 problem details with a stable type.</summary>
internal static class Problems
{
    private const string Prefix = "urn:inclusion-standards:problem:";

    public static IResult Status(int status, string type, string title, string detail) =>
        Results.Problem(new ProblemDetails { Type = Prefix + type, Status = status, Title = title, Detail = detail });

    public static IResult NotFound(string what) =>
        Status(StatusCodes.Status404NotFound, "not-found", "Not found", $"No {what} is held that you may see.");

    public static IResult UnsupportedMediaType(string? sent) =>
        Status(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported evidence format",
            $"The request's Content-Type is {(string.IsNullOrWhiteSpace(sent) ? "missing" : $"'{sent}'")}. Send evidence as {EvidenceFormat.Accepted}, e.g. curl -H 'Content-Type: application/yaml' --data-binary @evidence.yaml.");

    public static IResult UnsupportedCharset() =>
        Status(StatusCodes.Status415UnsupportedMediaType, "unsupported-charset", "Unsupported character set",
            "Send evidence as UTF-8 (or declare utf-16 or utf-32); UTF-7 and legacy code pages are not read.");

    public static IResult TooLarge(long limit) =>
        Status(StatusCodes.Status413PayloadTooLarge, "too-large", "The evidence is too large",
            $"A submission may carry at most {limit:N0} bytes (the evidence file limit).");

    public static IResult Forbidden(IReadOnlyList<string> organisations) =>
        Status(StatusCodes.Status403Forbidden, "forbidden", "Not permitted",
            organisations.Count == 0
                ? "Your role may not submit assessments (viewers read only)."
                : $"You may not submit assessments for {string.Join(", ", organisations)}.");

    /// <summary>The most diagnostics one answer lists (hostile evidence can raise thousands); the count says how many there were.</summary>
    public const int MaxDiagnostics = 100;

    /// <summary>Bad evidence (400), with its located diagnostics (errors first, at most <see cref="MaxDiagnostics"/>).</summary>
    public static IResult InvalidEvidence(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var shown = diagnostics.OrderBy(d => d.IsError ? 0 : 1).Take(MaxDiagnostics).OrderBy(d => d).ToList();
        var problem = new ProblemDetails
        {
            Type = Prefix + "invalid-evidence",
            Status = StatusCodes.Status400BadRequest,
            Title = "The evidence is not valid",
            Detail = shown.Count == diagnostics.Length
                ? $"{errors} error(s) in the evidence; each is listed with its line and column under 'diagnostics'."
                : $"{errors} error(s) in the evidence; the first {shown.Count} diagnostics of {diagnostics.Length} are listed with their line and column under 'diagnostics'.",
        };
        problem.Extensions["diagnostics"] = shown.Select(d => new DiagnosticView(d)).ToArray();
        problem.Extensions["diagnosticCount"] = diagnostics.Length;
        return Results.Problem(problem);
    }
}

/// <summary>A diagnostic as the API and pages show it.</summary>
internal sealed record DiagnosticView(string Code, string Severity, string Message, int? Line, int? Column, string Text)
{
    public DiagnosticView(Diagnostic d)
        : this(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Location?.Line, d.Location?.Column, d.ToString())
    {
    }
}
