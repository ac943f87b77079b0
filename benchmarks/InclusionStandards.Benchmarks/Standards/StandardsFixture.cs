using InclusionStandards.Benchmarks.Scale;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Model;
using InclusionStandards.Validation;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>The default (embedded) standards and the shipped example organisations, as the benchmarks use them.</summary>
internal static class StandardsFixture
{
    /// <summary>The assessment date of the examples.</summary>
    public static readonly DateOnly AssessmentDate = new(2024, 6, 30);

    /// <summary>Loads the embedded standards; throws when they do not load clean.</summary>
    public static StandardsCatalog Load()
    {
        var load = StandardsLoader.LoadEmbedded();
        return load.HasErrors ? throw new InvalidOperationException("The embedded standards have errors.") : load.Catalog;
    }

    /// <summary>Compiles a catalog; throws when it does not compile.</summary>
    public static CompiledStandards Compile(StandardsCatalog catalog, StandardsEngine? engine = null) =>
        CompiledStandards.Compile(catalog, engine ?? StandardsEngine.Own, out var diagnostics)
        ?? throw new InvalidOperationException($"The standards do not compile: {string.Join("; ", diagnostics)}");

    /// <summary>Reads a shipped example organisation (embedded in this assembly) against the compiled standards.</summary>
    public static EvidenceDocument Example(CompiledStandards standards, string name)
    {
        var read = standards.Evidence.Parse(OrganisationGenerator.Example(name), $"{name}.yaml");
        return read.Document ?? throw new InvalidOperationException($"The example '{name}' is not valid: {string.Join("; ", read.Diagnostics)}");
    }
}
