using InclusionStandards.Hosting;
using InclusionStandards.Server.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InclusionStandards.Server;

/// <summary>Healthy when the standards are compiled and the database answers.</summary>
internal sealed class ServerHealthCheck(IAssessmentService assessor, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var standards = assessor.Standards.Catalog;
        await using var scope = scopes.CreateAsyncScope();
        var reachable = await scope.ServiceProvider.GetRequiredService<AssessmentStore>().CanConnectAsync(cancellationToken);
        return reachable
            ? HealthCheckResult.Healthy($"{standards.Standards.Length} standards compiled (catalog {standards.ContentHash}); database reachable.")
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
    }
}
