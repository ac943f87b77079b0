using InclusionStandards.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InclusionStandards.Host;

/// <summary>Healthy when the standards are compiled (they are, once the host has started).</summary>
internal sealed class StandardsHealthCheck(IAssessmentService assessor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = assessor.Standards.Catalog;
        return Task.FromResult(HealthCheckResult.Healthy(
            $"{catalog.Standards.Length} standards compiled ({catalog.ContentHash})",
            new Dictionary<string, object> { ["standards"] = catalog.Standards.Length, ["catalogHash"] = catalog.ContentHash }));
    }
}
