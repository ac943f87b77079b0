using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Hosting;

/// <summary>
/// Assesses evidence against the standards compiled at start, with logging, tracing and metrics (see
/// <see cref="InclusionStandardsTelemetry"/>). Registered as a singleton by
/// <see cref="Microsoft.Extensions.DependencyInjection.InclusionStandardsServiceCollectionExtensions.AddInclusionStandards"/>.
/// Thread-safe: call it from any number of requests at once.
/// </summary>
public interface IAssessmentService
{
    /// <summary>The compiled standards every assessment uses (catalog, versions and content hashes).</summary>
    CompiledStandards Standards { get; }

    /// <summary>
    /// Reads evidence (YAML or JSON text) and evaluates it. Never throws for bad evidence: the result carries the
    /// located diagnostics instead.
    /// </summary>
    /// <param name="evidence">The evidence document's text.</param>
    /// <param name="source">The name diagnostics and the assessment give the evidence (e.g. a file name).</param>
    /// <param name="assessmentDate">
    /// The assessment date; default the document's <c>assessmentDate</c>, else the end of its period.
    /// </param>
    AssessmentResult Assess(string evidence, string source, DateOnly? assessmentDate = null);

    /// <summary>Evaluates evidence already read (e.g. imported from CSV).</summary>
    /// <param name="evidence">The evidence, read by <see cref="CompiledStandards.Evidence"/>.</param>
    /// <param name="assessmentDate">The assessment date.</param>
    Assessment Assess(EvidenceDocument evidence, DateOnly assessmentDate);
}
