using InclusionStandards.Model;
using System.Diagnostics.Metrics;
using InclusionStandards.Assessments;

namespace InclusionStandards.Hosting;

/// <summary>
/// The assessment instruments (<see cref="InclusionStandardsTelemetry"/>). Created through the host's
/// <see cref="IMeterFactory"/> when there is one (so meters are scoped to the container), else owning its meter.
/// </summary>
internal sealed class EvaluationMetrics : IDisposable
{
    private readonly Meter? _owned;
    private readonly Counter<long> _evaluations;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _outcomes;

    public EvaluationMetrics(IMeterFactory? factory)
    {
        var options = new MeterOptions(InclusionStandardsTelemetry.MeterName) { Version = typeof(EvaluationMetrics).Assembly.GetName().Version?.ToString(3) };
        var meter = factory?.Create(options) ?? (_owned = new Meter(options));
        Meter = meter;
        _evaluations = meter.CreateCounter<long>(InclusionStandardsTelemetry.EvaluationsInstrument, "{assessment}", "Assessments requested, by result.");
        _duration = meter.CreateHistogram<double>(InclusionStandardsTelemetry.DurationInstrument, "s", "Time to read evidence and evaluate it.");
        _outcomes = meter.CreateCounter<long>(InclusionStandardsTelemetry.OutcomesInstrument, "{criterion}", "Criterion outcomes of assessments, by outcome.");
    }

    /// <summary>The meter the instruments belong to.</summary>
    public Meter Meter { get; }

    public void Record(string result, double seconds, Assessment? assessment)
    {
        var tag = new KeyValuePair<string, object?>("inclusion.result", result);
        _evaluations.Add(1, tag);
        _duration.Record(seconds, tag);
        if (assessment is null)
        {
            return;
        }

        foreach (var group in assessment.Criteria.GroupBy(c => c.Outcome))
        {
            _outcomes.Add(group.Count(), new KeyValuePair<string, object?>("inclusion.outcome", KebabCase.Of(group.Key)));
        }
    }

    public void Dispose() => _owned?.Dispose();
}
