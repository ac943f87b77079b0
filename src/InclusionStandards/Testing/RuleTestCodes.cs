namespace InclusionStandards.Testing;

/// <summary>The codes of rule-test expectations that could not be checked (<see cref="RuleTestOutcome.Code"/>).</summary>
public static class RuleTestCodes
{
    /// <summary>STD407: the test's evidence (its base file, patch or given) cannot be read or is not valid evidence.</summary>
    public const string CannotRun = "STD407";

    /// <summary>STD408: the expectation names a criterion, indicator or scope the standards do not have.</summary>
    public const string UnknownTarget = "STD408";
}
