using InclusionStandards.Benchmarks.Engine;

namespace InclusionStandards.Rules.Tests.Engine;

public class ReferenceWorkloadTests
{
    [Fact]
    public void SingleSession_Thousand_ReproducesReferenceCounts()
    {
        var data = new WorkloadData(1000);
        Assert.Equal(24_503, data.Metrics.Count);
        var session = RuleCompiler.Compile(WorkloadRules.Build()).CreateSession();
        session.InsertAll(data.AllFacts());

        var fired = session.Fire();

        Assert.Equal(5_077, session.Query<Finding>().Count());
        Assert.Equal(1_600, session.Query<OrgFlag>().Count());
        Assert.Equal(6_677, fired);
        Assert.Equal(6_677, session.Firings.Count);
    }

    /// <summary>The NRules baseline of the benchmarks runs the same workload: the same counts, per organisation.</summary>
    [Fact]
    public void NRules_PerOrganisation_Hundred_SameFindingsAsOurEngine()
    {
        var data = new WorkloadData(100);
        var ours = RuleCompiler.Compile(WorkloadRules.Build());
        var theirs = NRulesWorkload.Compile(NRulesWorkload.Build());
        foreach (var (org, metrics) in data.ByOrg)
        {
            var a = ours.CreateSession();
            a.Insert(org);
            a.InsertAll(metrics);
            var firedA = a.Fire();
            var b = theirs.CreateSession();
            b.Insert(org);
            b.InsertAll(metrics);
            var firedB = NRulesWorkload.Fire(b);
            Assert.Equal(firedA, firedB);
            Assert.Equal(a.Query<Finding>().Select(f => f.ToString()).Order(StringComparer.Ordinal), b.Query<Finding>().AsEnumerable().Select(f => f.ToString()).Order(StringComparer.Ordinal));
            Assert.Equal(a.Query<OrgFlag>().Select(f => f.ToString()).Order(StringComparer.Ordinal), b.Query<OrgFlag>().AsEnumerable().Select(f => f.ToString()).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Baseline_Thousand_ReproducesReferenceCounts()
    {
        var data = new WorkloadData(1000);

        var (findings, flags) = WorkloadBaseline.Run(data.Orgs, data.Metrics);

        Assert.Equal(5_077, findings.Count);
        Assert.Equal(1_600, flags.Count);
    }

    [Fact]
    public void SingleSession_Thousand_SameFindingsAsBaseline()
    {
        var data = new WorkloadData(1000);
        var session = RuleCompiler.Compile(WorkloadRules.Build()).CreateSession();
        session.InsertAll(data.AllFacts());
        session.Fire();

        var (findings, flags) = WorkloadBaseline.Run(data.Orgs, data.Metrics);

        Assert.Equal(findings.Order(FindingOrder.Instance), session.Query<Finding>().Order(FindingOrder.Instance));
        Assert.Equal(flags.OrderBy(f => f.Org).ThenBy(f => f.Kind, StringComparer.Ordinal), session.Query<OrgFlag>().OrderBy(f => f.Org).ThenBy(f => f.Kind, StringComparer.Ordinal));
    }

    [Fact]
    public void PerOrganisation_Thousand_SameTotalsAsSingleSession()
    {
        var data = new WorkloadData(1000);
        var factory = RuleCompiler.Compile(WorkloadRules.Build());
        int findings = 0, flags = 0, fired = 0;
        foreach (var (org, metrics) in data.ByOrg)
        {
            var session = factory.CreateSession();
            session.Insert(org);
            session.InsertAll(metrics);
            fired += session.Fire();
            findings += session.Query<Finding>().Count();
            flags += session.Query<OrgFlag>().Count();
        }

        Assert.Equal((5_077, 1_600, 6_677), (findings, flags, fired));
    }

    private sealed class FindingOrder : IComparer<Finding>
    {
        public static readonly FindingOrder Instance = new();

        public int Compare(Finding? x, Finding? y)
        {
            var c = x!.Org.CompareTo(y!.Org);
            return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
        }
    }
}
