using BenchmarkDotNet.Attributes;
using InclusionStandards.Rules;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>
/// All organisations and metrics in one session, then Fire (reference workload, single-session mode). One operation
/// per iteration (each is 20–60 ms), so every operation starts after BenchmarkDotNet's full collection and none pays
/// for the garbage of the one before. Fifteen warm-up operations: with five, the first measured operations of the first
/// size still ran partly in not-yet-optimised code (the JIT's tiers), which inflated the N = 1,000 mean and flattered the
/// N = 2,000 ÷ N = 1,000 ratio. Sixty measured operations: on a shared host single operations vary by ±40 %, and thirty
/// left the mean of each size (so the ratio) at the mercy of a few slow ones.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[IterationCount(60)]
[WarmupCount(15)]
[BenchmarkCategory("Engine", "SingleSession")]
public class EngineSingleSessionBenchmarks
{
    private WorkloadData _data = null!;
    private ISessionFactory _factory = null!;

    [Params(1000, 2000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new WorkloadData(N);
        _factory = RuleCompiler.Compile(WorkloadRules.Build());
        WorkloadCheck.Verify(N, Engine(), Baseline());
    }

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public (int Findings, int Flags, int Firings) Baseline()
    {
        var (findings, flags) = WorkloadBaseline.Run(_data.Orgs, _data.Metrics);
        return (findings.Count, flags.Count, findings.Count + flags.Count);
    }

    [Benchmark(Description = "engine")]
    public (int Findings, int Flags, int Firings) Engine()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_data.AllFacts());
        var fired = session.Fire();
        return (session.Query<Finding>().Count(), session.Query<OrgFlag>().Count(), fired);
    }
}
