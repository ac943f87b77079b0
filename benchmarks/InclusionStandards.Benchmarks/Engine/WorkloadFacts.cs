namespace InclusionStandards.Benchmarks.Engine;

/// <summary>An organisation of the reference workload.</summary>
public sealed record Org(int Id, string Region, int Tier);

/// <summary>A named metric of an organisation.</summary>
public sealed record Metric(int Org, string Name, double Value);

/// <summary>A finding produced by a rule.</summary>
public sealed record Finding(int Org, string RuleId, int Severity);

/// <summary>A flag derived from findings (forward chaining).</summary>
public sealed record OrgFlag(int Org, string Kind);

/// <summary>The deterministic facts of the reference workload (see REFERENCE-WORKLOAD.md).</summary>
public sealed class WorkloadData
{
    public WorkloadData(int organisations)
    {
        var rnd = new Random(42);
        for (var id = 0; id < organisations; id++)
        {
            var org = new Org(id, $"r{id % 5}", id % 3);
            var metrics = new List<Metric>(25);
            for (var k = 0; k < 20; k++)
            {
                metrics.Add(new Metric(id, $"m{k}", Math.Round(rnd.NextDouble() * 100, 2)));
            }

            for (var k = 0; k < 5; k++)
            {
                if (rnd.NextDouble() < 0.9)
                {
                    metrics.Add(new Metric(id, $"req{k}", Math.Round(rnd.NextDouble() * 100, 2)));
                }
            }

            Orgs.Add(org);
            Metrics.AddRange(metrics);
            ByOrg.Add((org, metrics));
        }
    }

    public List<Org> Orgs { get; } = new();

    public List<Metric> Metrics { get; } = new();

    /// <summary>Each organisation with its own metrics (for the per-organisation mode).</summary>
    public List<(Org Org, List<Metric> Metrics)> ByOrg { get; } = new();

    /// <summary>All facts, orgs first then metrics.</summary>
    public IEnumerable<object> AllFacts() => Orgs.Cast<object>().Concat(Metrics);
}
