using BenchmarkDotNet.Attributes;
using InclusionStandards.Rules;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>
/// The single-session mode with NRules 1.0.4 beside our engine and the hand-written code, in one class so the three
/// share one job: one operation per iteration, 2 warm-up and 5 measured iterations (an NRules operation takes seconds
/// — its joins are not indexed, so N = 2,000 costs about four times N = 1,000 — and the long job of
/// <see cref="EngineSingleSessionBenchmarks"/> would take most of an hour).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[IterationCount(5)]
[WarmupCount(2)]
[BenchmarkCategory("Engine", "SingleSession", "NRules")]
public class EngineSingleSessionNRulesBenchmarks
{
    private WorkloadData _data = null!;
    private ISessionFactory _factory = null!;
    private global::NRules.ISessionFactory _nrules = null!;

    [Params(1000, 2000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new WorkloadData(N);
        _factory = RuleCompiler.Compile(WorkloadRules.Build());
        _nrules = NRulesWorkload.Compile(NRulesWorkload.Build());
        WorkloadCheck.Verify(N, Engine(), Baseline());
        WorkloadCheck.Verify(N, NRules(), Baseline());
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

    [Benchmark(Description = "NRules 1.0.4")]
    public (int Findings, int Flags, int Firings) NRules()
    {
        var session = _nrules.CreateSession();
        session.InsertAll(_data.AllFacts());
        var fired = NRulesWorkload.Fire(session);
        return (session.Query<Finding>().Count(), session.Query<OrgFlag>().Count(), fired);
    }
}
