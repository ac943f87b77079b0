using System.Diagnostics;

namespace InclusionStandards.Hosting;

/// <summary>The library's <see cref="ActivitySource"/>, shared process-wide (sources are cheap and listener-driven).</summary>
internal static class Telemetry
{
    public static readonly ActivitySource Source = new(InclusionStandardsTelemetry.ActivitySourceName, typeof(Telemetry).Assembly.GetName().Version?.ToString(3));
}
