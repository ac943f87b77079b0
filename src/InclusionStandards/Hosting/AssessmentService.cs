using InclusionStandards.Model;
using System.Diagnostics;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using Microsoft.Extensions.Logging;

namespace InclusionStandards.Hosting;

/// <summary>The instrumented <see cref="IAssessmentService"/>: evidence reader and evaluator over the shared compiled standards.</summary>
internal sealed class AssessmentService : IAssessmentService
{
    private readonly Evaluator _evaluator;
    private readonly EvidenceReader _reader;
    private readonly EvaluationMetrics _metrics;
    private readonly ILogger _logger;

    public AssessmentService(CompiledStandards standards, Evaluator evaluator, InclusionStandardsOptions options, EvaluationMetrics metrics, ILogger logger)
    {
        Standards = standards;
        _evaluator = evaluator;
        _reader = standards.Evidence.WithLimits(options.EvidenceLimits);
        _metrics = metrics;
        _logger = logger;
    }

    public CompiledStandards Standards { get; }

    public AssessmentResult Assess(string evidence, string source, DateOnly? assessmentDate = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(source);
        using var activity = Telemetry.Source.StartActivity("inclusion.assess");
        activity?.SetTag("inclusion.source", source);
        var start = Stopwatch.GetTimestamp();
        var read = _reader.Parse(evidence, source);
        if (!read.Succeeded)
        {
            var errors = read.Diagnostics.Where(d => d.IsError).ToList();
            // Only the code and position: a diagnostic's message may quote an evidence value (a small count, say),
            // which belongs in the result returned to the submitter, not in the operator's log.
            var first = errors.Count > 0 ? $"{errors[0].Code} at {errors[0].Location?.ToString() ?? source}" : "the evidence could not be read";
            Log.EvidenceRejected(_logger, source, errors.Count, first);
            activity?.SetStatus(ActivityStatusCode.Error, $"{errors.Count} errors in the evidence");
            _metrics.Record("rejected", Stopwatch.GetElapsedTime(start).TotalSeconds, null);
            return new AssessmentResult(null, read.Diagnostics);
        }

        var document = read.Document!;
        if (assessmentDate is { } given && given < document.Period.Start)
        {
            Log.EvidenceRejected(_logger, source, 1, $"{EvidenceCodes.BadPeriod} (assessment date)");
            activity?.SetStatus(ActivityStatusCode.Error, "the assessment date is before the period");
            _metrics.Record("rejected", Stopwatch.GetElapsedTime(start).TotalSeconds, null);
            return new AssessmentResult(null,
                [.. read.Diagnostics, Diagnostics.Diagnostic.Error(EvidenceCodes.BadPeriod, PeriodMessages.AssessedBeforePeriod(given, document.Period), new Diagnostics.SourceLocation(source, 1, 1))]);
        }

        var assessment = Evaluate(document, assessmentDate ?? document.AssessmentDate ?? document.Period.End, activity, start);
        return new AssessmentResult(assessment, read.Diagnostics);
    }

    public Assessment Assess(EvidenceDocument evidence, DateOnly assessmentDate)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        using var activity = Telemetry.Source.StartActivity("inclusion.assess");
        activity?.SetTag("inclusion.source", evidence.Source);
        return Evaluate(evidence, assessmentDate, activity, Stopwatch.GetTimestamp());
    }

    private Assessment Evaluate(EvidenceDocument document, DateOnly date, Activity? activity, long start)
    {
        activity?.SetTag("inclusion.organisation", document.Organisation.OdsCode);
        activity?.SetTag("inclusion.assessment_date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var assessment = _evaluator.Evaluate(document, date);
            var elapsed = Stopwatch.GetElapsedTime(start);
            _metrics.Record("evaluated", elapsed.TotalSeconds, assessment);
            var criteria = assessment.Criteria;
            activity?.SetTag("inclusion.criteria.count", criteria.Length);
            Log.Assessed(
                _logger,
                document.Organisation.OdsCode,
                document.Source,
                elapsed.TotalMilliseconds,
                criteria.Count(c => c.Outcome == Outcome.Met),
                criteria.Count(c => c.Outcome == Outcome.NotMet),
                criteria.Count(c => c.Outcome == Outcome.InsufficientEvidence));
            return assessment;
        }
        catch (Exception e)
        {
            Log.AssessmentFailed(_logger, e, document.Source);
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            _metrics.Record("failed", Stopwatch.GetElapsedTime(start).TotalSeconds, null);
            throw;
        }
    }
}
