using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using InclusionStandards.Assessments;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Hosting;

/// <summary>
/// The result of <see cref="IAssessmentService.Assess(string, string, DateOnly?)"/>: the assessment, or the located
/// diagnostics that explain why the evidence could not be read (warnings may accompany a success). Immutable.
/// </summary>
/// <param name="Assessment">The assessment; <see langword="null"/> when the evidence has errors.</param>
/// <param name="Diagnostics">Every problem found in the evidence, sorted by location.</param>
public sealed record AssessmentResult(Assessment? Assessment, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the evidence was read and evaluated.</summary>
    [MemberNotNullWhen(true, nameof(Assessment))]
    public bool Succeeded => Assessment is not null;
}
