using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using InclusionStandards.Rules;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>Compiling the 50 workload rules. The baseline only builds the rule model (no network, no delegates).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine", "Compile")]
public class EngineCompileBenchmarks
{
    private ImmutableArray<RuleDefinition> _rules;

    [GlobalSetup]
    public void Setup() => _rules = WorkloadRules.Build();

    [Benchmark(Baseline = true, Description = "build rule model only")]
    public ImmutableArray<RuleDefinition> BuildModel() => WorkloadRules.Build();

    [Benchmark(Description = "engine: compile 50 rules")]
    public ISessionFactory Compile() => RuleCompiler.Compile(_rules);
}
