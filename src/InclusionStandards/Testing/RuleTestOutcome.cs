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
    /// <summary>
    /// Null for an expectation that was checked; otherwise the diagnostic code saying why it could not be:
    /// <c>STD407</c> (the test's evidence cannot be read or is not valid), <c>STD408</c> (the standards have no such
    /// criterion, indicator or scope).
    /// </summary>
    public string? Code { get; init; }

    /// <summary>
    /// <c>file:line:col: test 'name': KEY: expected X, got Y</c>; an expectation that could not be checked is an error
    /// diagnostic: <c>file:line:col: error CODE: test 'name': …</c>.
    /// </summary>
    public override string ToString() => Code is null
        ? $"{Location}: test '{DiagnosticText.Escape(Test)}': {DiagnosticText.Escape(Key)}: expected {DiagnosticText.Escape(Expected)}, got {DiagnosticText.Escape(Actual)}"
        : $"{Location}: error {Code}: test '{DiagnosticText.Escape(Test)}': {DiagnosticText.Escape(Key)}: expected {DiagnosticText.Escape(Expected)}, got {DiagnosticText.Escape(Actual)}";
}
