using BenchmarkDotNet.Attributes;
using InclusionStandards.Evaluation;
using InclusionStandards.Model;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>
/// Preparing the full default (embedded) standards: loading and validating the YAML (baseline), compiling an
/// already-loaded catalog (CEL to expression trees, dependency levels, engine rules), and both together — what a
/// host or the CLI pays once at start-up.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Standards", "Compile")]
public class StandardsCompileBenchmarks
{
    private StandardsCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup() => _catalog = StandardsFixture.Load();

    [Benchmark(Baseline = true, Description = "load + validate embedded standards")]
    public StandardsCatalog Load() => StandardsFixture.Load();

    [Benchmark(Description = "compile loaded catalog")]
    public CompiledStandards Compile() => StandardsFixture.Compile(_catalog);

    [Benchmark(Description = "compile loaded catalog for NRules 1.0.4")]
    public CompiledStandards CompileNRules() => StandardsFixture.Compile(_catalog, InclusionStandards.NRules.NRulesEngine.Instance);

    [Benchmark(Description = "load + compile")]
    public CompiledStandards LoadAndCompile() => StandardsFixture.Compile(StandardsFixture.Load());
}
