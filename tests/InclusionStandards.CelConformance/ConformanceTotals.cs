namespace InclusionStandards.CelConformance;

/// <summary>Counts of conformance outcomes.</summary>
/// <param name="Passed">Tests whose result matched.</param>
/// <param name="Failed">Tests whose result did not match (or that did not compile although well typed).</param>
/// <param name="Rejected">Ill-typed (<c>disable_check</c>) tests that the type checker rejected.</param>
public sealed record ConformanceTotals(int Passed, int Failed, int Rejected)
{
    /// <summary>All tests run.</summary>
    public int Total => Passed + Failed + Rejected;

    internal ConformanceTotals Add(ConformanceOutcome o) => o switch
    {
        ConformanceOutcome.Passed => this with { Passed = Passed + 1 },
        ConformanceOutcome.Rejected => this with { Rejected = Rejected + 1 },
        _ => this with { Failed = Failed + 1 },
    };
}

/// <summary>The outcome of one conformance test.</summary>
internal enum ConformanceOutcome
{
    Passed,
    Failed,
    Rejected,
}
