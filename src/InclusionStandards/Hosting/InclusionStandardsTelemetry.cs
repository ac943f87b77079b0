namespace InclusionStandards.Hosting;

/// <summary>
/// The names of the library's tracing and metrics sources, for OpenTelemetry or any
/// <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>:
/// <c>.AddSource(InclusionStandardsTelemetry.ActivitySourceName)</c> and
/// <c>.AddMeter(InclusionStandardsTelemetry.MeterName)</c>. Only System.Diagnostics is used; no OpenTelemetry package
/// is needed by the library.
/// </summary>
public static class InclusionStandardsTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name. Activities: <c>inclusion.compile</c>, <c>inclusion.assess</c>.</summary>
    public const string ActivitySourceName = "InclusionStandards";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "InclusionStandards";

    /// <summary>Counter of assessments, tagged <c>inclusion.result</c> = <c>evaluated</c> | <c>rejected</c> | <c>failed</c>.</summary>
    public const string EvaluationsInstrument = "inclusion.evaluations";

    /// <summary>Histogram of assessment durations in seconds (reading the evidence and evaluating), tagged like <see cref="EvaluationsInstrument"/>.</summary>
    public const string DurationInstrument = "inclusion.evaluation.duration";

    /// <summary>Counter of criterion outcomes, tagged <c>inclusion.outcome</c> = <c>met</c>, <c>partially-met</c>, <c>not-met</c>, <c>insufficient-evidence</c> or <c>not-applicable</c>.</summary>
    public const string OutcomesInstrument = "inclusion.criterion.outcomes";
}
