namespace InclusionStandards.Benchmarks.Engine;

/// <summary>Refuses to benchmark a run that does not reproduce the reference counts.</summary>
public static class WorkloadCheck
{
    public static void Verify(int n, (int Findings, int Flags, int Firings) engine, (int Findings, int Flags, int Firings) baseline)
    {
        if (engine != baseline)
        {
            throw new InvalidOperationException($"Engine {engine} and baseline {baseline} disagree at N = {n}.");
        }

        if (n == 1000 && engine != (5_077, 1_600, 6_677))
        {
            throw new InvalidOperationException($"N = 1,000 must give 5,077 findings, 1,600 flags, 6,677 firings; got {engine}.");
        }
    }
}
