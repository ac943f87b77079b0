using BenchmarkDotNet.Attributes;
using InclusionStandards.Rules;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>
/// Incremental matching: after a full single-session run (N = 1,000), update one metric and fire again, compared with
/// re-evaluating the whole workload in a new session.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine", "Incremental")]
public class EngineIncrementalBenchmarks
{
    private WorkloadData _data = null!;
    private ISessionFactory _factory = null!;
    private ISession _session = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _data = new WorkloadData(1000);
        _factory = RuleCompiler.Compile(WorkloadRules.Build());
        _session = _factory.CreateSession();
        _session.InsertAll(_data.AllFacts());
        _session.Fire();
    }

    [Benchmark(Baseline = true, Description = "re-evaluate all (new session)")]
    public int Full()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_data.AllFacts());
        return session.Fire();
    }

    [Benchmark(Description = "update one metric + Fire")]
    public int UpdateOne()
    {
        _next = (_next + 7919) % _data.Metrics.Count;
        var metric = _data.Metrics[_next];
        _session.Update(metric);
        return _session.Fire();
    }
}
