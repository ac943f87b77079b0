using System.Collections.Immutable;
using System.Diagnostics;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using Microsoft.Extensions.Logging;

namespace InclusionStandards.Hosting;

/// <summary>
/// Loads (layered) and compiles the standards once, for the container's lifetime. Called by options validation at
/// start, so the errors of the standards are reported with the other option errors; the compiled standards are then
/// the singleton every evaluation shares. Thread-safe.
/// </summary>
internal sealed class StandardsProvider
{
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private (CompiledStandards? Standards, ImmutableArray<Diagnostic> Errors)? _result;

    public StandardsProvider(ILogger logger) => _logger = logger;

    /// <summary>Compiles on the first call (later calls return the first result, whatever their options).</summary>
    public (CompiledStandards? Standards, ImmutableArray<Diagnostic> Errors) Prepare(InclusionStandardsOptions options)
    {
        lock (_gate)
        {
            return _result ??= Compile(options);
        }
    }

    /// <summary>The compiled standards; valid after a successful <see cref="Prepare"/>.</summary>
    /// <exception cref="InvalidOperationException">Preparation has not run or failed.</exception>
    public CompiledStandards Standards =>
        _result?.Standards ?? throw new InvalidOperationException("The standards have not been compiled: resolve IOptions<InclusionStandardsOptions> first (its validation compiles them).");

    private (CompiledStandards?, ImmutableArray<Diagnostic>) Compile(InclusionStandardsOptions options)
    {
        using var activity = Telemetry.Source.StartActivity("inclusion.compile");
        var start = Stopwatch.GetTimestamp();
        var (load, replacements) = LayeredStandardsLoader.Load(options.UseEmbeddedStandards, options.StandardsDirectories, LoaderOptions.Default);
        foreach (var r in replacements)
        {
            Log.StandardReplaced(_logger, r.StandardId, r.File, r.ReplacedFile);
        }

        foreach (var warning in load.Diagnostics.Where(d => !d.IsError))
        {
            Log.StandardsWarning(_logger, warning.ToString());
        }

        var errors = load.Diagnostics.Where(d => d.IsError).ToImmutableArray();
        CompiledStandards? compiled = null;
        if (errors.IsEmpty)
        {
            compiled = CompiledStandards.Compile(load.Catalog, options.Engine, out var diagnostics);
            errors = [.. diagnostics.Where(d => d.IsError)];
        }

        if (compiled is null)
        {
            if (errors.IsEmpty)
            {
                errors = [Diagnostic.Error(DiagnosticCodes.EvaluationStandardsNotCompiled, "The standards could not be compiled.", null)];
            }

            Log.StandardsFailed(_logger, errors.Length, errors[0].ToString());
            activity?.SetStatus(ActivityStatusCode.Error, $"{errors.Length} errors in the standards");
            return (null, errors);
        }

        activity?.SetTag("inclusion.catalog.hash", compiled.Catalog.ContentHash);
        activity?.SetTag("inclusion.standards.count", compiled.Catalog.Standards.Length);
        Log.StandardsCompiled(_logger, compiled.Catalog.Standards.Length, compiled.Catalog.ContentHash, compiled.Catalog.EnumerateCriteria().Length, Stopwatch.GetElapsedTime(start).TotalMilliseconds, compiled.Engine.Name);
        return (compiled, []);
    }
}
