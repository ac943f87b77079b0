using BenchmarkDotNet.Attributes;
using InclusionStandards.Rules;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>One session per organisation from one compiled rule set (reference workload, per-organisation mode).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine", "PerOrganisation")]
public class EnginePerOrganisationBenchmarks
{
    private WorkloadData _data = null!;
    private ISessionFactory _factory = null!;
    private global::NRules.ISessionFactory _nrules = null!;

    [Params(1000)]
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
        int findings = 0, flags = 0;
        foreach (var (org, metrics) in _data.ByOrg)
        {
            var (f, g) = WorkloadBaseline.Run([org], metrics);
            findings += f.Count;
            flags += g.Count;
        }

        return (findings, flags, findings + flags);
    }

    [Benchmark(Description = "engine")]
    public (int Findings, int Flags, int Firings) Engine()
    {
        int findings = 0, flags = 0, fired = 0;
        foreach (var (org, metrics) in _data.ByOrg)
        {
            var session = _factory.CreateSession();
            session.Insert(org);
            session.InsertAll(metrics);
            fired += session.Fire();
            findings += session.Query<Finding>().Count();
            flags += session.Query<OrgFlag>().Count();
        }

        return (findings, flags, fired);
    }

    [Benchmark(Description = "NRules 1.0.4")]
    public (int Findings, int Flags, int Firings) NRules()
    {
        int findings = 0, flags = 0, fired = 0;
        foreach (var (org, metrics) in _data.ByOrg)
        {
            var session = _nrules.CreateSession();
            session.Insert(org);
            session.InsertAll(metrics);
            fired += NRulesWorkload.Fire(session);
            findings += session.Query<Finding>().Count();
            flags += session.Query<OrgFlag>().Count();
        }

        return (findings, flags, fired);
    }
}
