using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InclusionStandards.Host;

/// <summary>Bad evidence as RFC 7807 problem details (400), with every located diagnostic.</summary>
internal static class EvidenceProblem
{
    public const string Type = "urn:inclusion-standards:problem:invalid-evidence";

    public static IResult From(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var problem = new ProblemDetails
        {
            Type = Type,
            Status = StatusCodes.Status400BadRequest,
            Title = "The evidence is not valid",
            Detail = $"{errors} error(s) in the evidence; each is listed with its line and column under 'diagnostics'.",
        };
        problem.Extensions["diagnostics"] = diagnostics.Select(d => new
        {
            code = d.Code,
            severity = d.Severity.ToString().ToLowerInvariant(),
            message = d.Message,
            line = d.Location?.Line,
            column = d.Location?.Column,
            text = d.ToString(),
        }).ToArray();
        return Results.Problem(problem);
    }
}
