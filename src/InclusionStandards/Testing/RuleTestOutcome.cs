using InclusionStandards.Diagnostics;

namespace InclusionStandards.Testing;

/// <summary>One checked expectation of a rule test. Immutable.</summary>
/// <param name="Test">The test name.</param>
/// <param name="Key">The expectation key as written, e.g. <c>rating:inclusive-domain</c>.</param>
/// <param name="Expected">The expected value.</param>
/// <param name="Actual">What the evaluation gave (or why the test could not run).</param>
/// <param name="Passed">True when they agree.</param>
/// <param name="Location">Where the expectation is written.</param>
public sealed record RuleTestOutcome(string Test, string Key, string Expected, string Actual, bool Passed, SourceLocation Location)
{
    /// <summary><c>file:line:col: test 'name': expected X, got Y</c> (for <c>Key</c>).</summary>
    public override string ToString() => $"{Location}: test '{Test}': {Key}: expected {Expected}, got {Actual}";
}
