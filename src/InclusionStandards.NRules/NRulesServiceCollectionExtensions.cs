using InclusionStandards.Hosting;
using InclusionStandards.NRules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the NRules engine for InclusionStandards in a service collection.</summary>
public static class NRulesServiceCollectionExtensions
{
    /// <summary>
    /// Evaluates the standards registered by <c>AddInclusionStandards</c> with NRules
    /// (<see cref="InclusionStandardsOptions.Engine"/> = <see cref="NRulesEngine.Instance"/>): the compiled standards,
    /// the evaluator and the assessment service all use it. If NRules cannot take the standards, the host fails to
    /// start with error EVL110; there is no fallback to another engine.
    /// </summary>
    /// <param name="services">The services, after <c>AddInclusionStandards</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection UseNRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InclusionStandardsOptions>().Configure(o => o.Engine = NRulesEngine.Instance);
        return services;
    }
}
