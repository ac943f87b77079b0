using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InclusionStandards.Host;

/// <summary>Bad evidence as RFC 7807 problem details (400), with the located diagnostics (at most <see cref="CappedDiagnostics.DefaultMax"/>, errors first; 'notListed' says how many more).</summary>
internal static class EvidenceProblem
{
    public const string Type = "urn:inclusion-standards:problem:invalid-evidence";

    public static IResult From(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var capped = CappedDiagnostics.From(diagnostics); // a hostile body cannot make the answer larger than the question
        var problem = new ProblemDetails
        {
            Type = Type,
            Status = StatusCodes.Status400BadRequest,
            Title = "The evidence is not valid",
            Detail = $"{errors} error(s) in the evidence; each is listed with its line and column under 'diagnostics'. {capped.MoreSentence}".TrimEnd(),
        };
        problem.Extensions["notListed"] = capped.NotListed;
        problem.Extensions["diagnostics"] = capped.Listed.Select(d => new
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
