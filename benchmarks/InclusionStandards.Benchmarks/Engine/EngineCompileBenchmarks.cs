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
    private List<global::NRules.RuleModel.IRuleDefinition> _nrules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = WorkloadRules.Build();
        _nrules = NRulesWorkload.Build();
    }

    [Benchmark(Baseline = true, Description = "build rule model only")]
    public ImmutableArray<RuleDefinition> BuildModel() => WorkloadRules.Build();

    [Benchmark(Description = "engine: compile 50 rules")]
    public ISessionFactory Compile() => RuleCompiler.Compile(_rules);

    /// <summary>NRules compiling the same 50 rules, warm like ours (BenchmarkDotNet's warm-up runs first).</summary>
    [Benchmark(Description = "NRules 1.0.4: compile 50 rules")]
    public global::NRules.ISessionFactory CompileNRules() => NRulesWorkload.Compile(_nrules);
}
