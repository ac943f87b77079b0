using InclusionStandards.Assessments;
using System.Diagnostics.Metrics;
using InclusionStandards.Evaluation;
using InclusionStandards.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers InclusionStandards in a service collection.</summary>
public static class InclusionStandardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, the <see cref="CompiledStandards"/> (the embedded standards with any
    /// <see cref="InclusionStandardsOptions.StandardsDirectories"/> layered over them, loaded and compiled once), an
    /// <see cref="Evaluator"/> over them, and the instrumented <see cref="IAssessmentService"/>. The options are
    /// validated at start (<c>ValidateOnStart</c>: a generic host fails to start, listing every option and standards
    /// error together); without a host, the first resolution validates and compiles. Logs through
    /// <see cref="ILoggerFactory"/> when registered; meters through <see cref="IMeterFactory"/> when registered.
    /// Calling it again adds the configuration but registers nothing twice.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; may be null to use the defaults (the embedded standards only).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddInclusionStandards(this IServiceCollection services, Action<InclusionStandardsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<InclusionStandardsOptions>().ValidateOnStart();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(sp => new StandardsProvider(LoggerFor(sp, "InclusionStandards.Standards")));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InclusionStandardsOptions>, InclusionStandardsOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            // Resolving the options validates them, and validation compiles the standards (once).
            _ = sp.GetRequiredService<IOptions<InclusionStandardsOptions>>().Value;
            return sp.GetRequiredService<StandardsProvider>().Standards;
        });
        services.TryAddSingleton(sp => new Evaluator(sp.GetRequiredService<CompiledStandards>()));
        services.TryAddSingleton(sp => new EvaluationMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton<IAssessmentService>(sp => new AssessmentService(
            sp.GetRequiredService<CompiledStandards>(),
            sp.GetRequiredService<Evaluator>(),
            sp.GetRequiredService<IOptions<InclusionStandardsOptions>>().Value,
            sp.GetRequiredService<EvaluationMetrics>(),
            LoggerFor(sp, "InclusionStandards.Assessments")));
        return services;
    }

    private static ILogger LoggerFor(IServiceProvider services, string category) =>
        (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(category);
}
