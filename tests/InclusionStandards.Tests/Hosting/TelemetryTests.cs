using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using InclusionStandards.Hosting;
using InclusionStandards.Tests.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace InclusionStandards.Tests.Hosting;

/// <summary>The ActivitySource and Meter that OpenTelemetry (or any listener) can subscribe to.</summary>
public sealed class TelemetryTests
{
    private static readonly string Evidence = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml"));

    [Fact]
    public void Assess_RecordsEvaluationsDurationAndOutcomes_OnTheInclusionStandardsMeter()
    {
        using var provider = new ServiceCollection().AddInclusionStandards().BuildServiceProvider();
        var meter = provider.GetRequiredService<EvaluationMetrics>().Meter;
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tags(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tags(tags))));
        listener.Start();
        var assessor = provider.GetRequiredService<IAssessmentService>();

        var assessment = assessor.Assess(Evidence, "evidence.yaml").Assessment!;
        _ = assessor.Assess("not: [evidence", "bad.yaml");

        Assert.Equal(InclusionStandardsTelemetry.MeterName, meter.Name);
        var evaluations = measurements.Where(m => m.Instrument == InclusionStandardsTelemetry.EvaluationsInstrument).ToList();
        Assert.Equal(["evaluated", "rejected"], evaluations.Select(m => (string)m.Tags["inclusion.result"]!));
        var durations = measurements.Where(m => m.Instrument == InclusionStandardsTelemetry.DurationInstrument).ToList();
        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.True(d.Value > 0));
        var outcomes = measurements.Where(m => m.Instrument == InclusionStandardsTelemetry.OutcomesInstrument)
            .ToDictionary(m => (string)m.Tags["inclusion.outcome"]!, m => (int)m.Value);
        Assert.Equal(assessment.Criteria.Length, outcomes.Values.Sum());
        Assert.Equal(assessment.Criteria.Count(c => c.Outcome == InclusionStandards.Model.Outcome.Met), outcomes.GetValueOrDefault("met"));
    }

    [Fact]
    public void Assess_StartsAnActivity_WithOrganisationAndSource()
    {
        using var provider = new ServiceCollection().AddInclusionStandards().BuildServiceProvider();
        var assessor = provider.GetRequiredService<IAssessmentService>();
        var source = $"telemetry-{Guid.NewGuid():N}.yaml";
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == InclusionStandardsTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (Equals(a.GetTagItem("inclusion.source"), source))
                {
                    stopped.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        _ = assessor.Assess(Evidence, source);
        _ = assessor.Assess("organisation: 1\n", source);

        Assert.Equal(2, stopped.Count);
        var ok = stopped.First();
        Assert.Equal("inclusion.assess", ok.OperationName);
        Assert.Equal("RZZ01", ok.GetTagItem("inclusion.organisation"));
        Assert.NotEqual(ActivityStatusCode.Error, ok.Status);
        Assert.Equal(ActivityStatusCode.Error, stopped.Last().Status);
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var t in tags)
        {
            result[t.Key] = t.Value;
        }

        return result;
    }
}
