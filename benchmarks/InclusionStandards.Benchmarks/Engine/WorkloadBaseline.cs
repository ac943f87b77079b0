namespace InclusionStandards.Benchmarks.Engine;

/// <summary>
/// The reference workload evaluated by hand, in plain C# with dictionaries: the floor an engine is compared with.
/// </summary>
public static class WorkloadBaseline
{
    private static readonly (string Name, double Threshold, string Id, int Severity)[] Thresholds =
        Enumerable.Range(0, 28).Select(i => ($"m{i % 20}", 85.0 + (i % 10), $"T{i:00}", 1 + (i % 3))).ToArray();

    private static readonly (int Tier, string Name, double Limit, string Id)[] Joins =
        Enumerable.Range(0, 10).Select(j => (j % 3, $"m{(j * 3) % 20}", 10.0 + j, $"J{j:00}")).ToArray();

    private static readonly string[] AggregateIds = Enumerable.Range(0, 5).Select(a => $"A{a:00}").ToArray();
    private static readonly string[] RequiredNames = Enumerable.Range(0, 5).Select(n => $"req{n}").ToArray();
    private static readonly string[] NegationIds = Enumerable.Range(0, 5).Select(n => $"N{n:00}").ToArray();

    /// <summary>Evaluates all organisations; returns the findings and flags.</summary>
    public static (List<Finding> Findings, List<OrgFlag> Flags) Run(IReadOnlyList<Org> orgs, IReadOnlyList<Metric> metrics)
    {
        var findings = new List<Finding>();
        var orgById = new Dictionary<int, Org>(orgs.Count);
        foreach (var o in orgs)
        {
            orgById[o.Id] = o;
        }

        var sums = new Dictionary<int, double[]>(orgs.Count);
        var present = new Dictionary<int, bool[]>(orgs.Count);
        foreach (var o in orgs)
        {
            sums[o.Id] = new double[5];
            present[o.Id] = new bool[5];
        }

        foreach (var m in metrics)
        {
            foreach (var t in Thresholds)
            {
                if (m.Name == t.Name && m.Value > t.Threshold)
                {
                    findings.Add(new Finding(m.Org, t.Id, t.Severity));
                }
            }

            if (!orgById.TryGetValue(m.Org, out var org))
            {
                continue;
            }

            foreach (var j in Joins)
            {
                if (org.Tier == j.Tier && m.Name == j.Name && m.Value < j.Limit)
                {
                    findings.Add(new Finding(org.Id, j.Id, 2));
                }
            }

            var s = sums[m.Org];
            for (var a = 0; a < 5; a++)
            {
                if (m.Name.StartsWith(WorkloadRules.AggregatePrefixes[a], StringComparison.Ordinal))
                {
                    s[a] += m.Value;
                }
            }

            var p = present[m.Org];
            for (var n = 0; n < 5; n++)
            {
                if (m.Name == RequiredNames[n])
                {
                    p[n] = true;
                }
            }
        }

        foreach (var o in orgs)
        {
            for (var a = 0; a < 5; a++)
            {
                if (sums[o.Id][a] > WorkloadRules.AggregateLimits[a])
                {
                    findings.Add(new Finding(o.Id, AggregateIds[a], 2));
                }
            }

            for (var n = 0; n < 5; n++)
            {
                if (!present[o.Id][n])
                {
                    findings.Add(new Finding(o.Id, NegationIds[n], 3));
                }
            }
        }

        var severe = new HashSet<int>();
        var counts = new Dictionary<int, int>();
        foreach (var f in findings)
        {
            if (f.Severity >= 3)
            {
                severe.Add(f.Org);
            }

            counts[f.Org] = counts.GetValueOrDefault(f.Org) + 1;
        }

        var flags = new List<OrgFlag>();
        foreach (var o in orgs)
        {
            if (severe.Contains(o.Id))
            {
                flags.Add(new OrgFlag(o.Id, "has-severe"));
            }
        }

        foreach (var o in orgs)
        {
            if (counts.GetValueOrDefault(o.Id) >= 3)
            {
                flags.Add(new OrgFlag(o.Id, "many-findings"));
            }
        }

        return (findings, flags);
    }
}
