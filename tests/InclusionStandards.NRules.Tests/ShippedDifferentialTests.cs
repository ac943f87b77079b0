using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Testing;
using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.NRules.Tests;

/// <summary>
/// Every engine gives the same assessment (JSON, rule firings aside) of every shipped example, and passes every shipped
/// rule test with the same outcomes.
/// </summary>
public sealed class ShippedDifferentialTests
{
    public static TheoryData<string> Examples() =>
        [.. Directory.EnumerateFiles(Path.Combine(Engines.RepoRoot, "standards", "examples"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void ShippedExample_EveryEngine_GivesTheSameAssessment(string example)
    {
        var byEngine = Engines.Assess(Engines.Example(example));
        Assert.Equal(3, byEngine.Count);
        Engines.AssertSame(byEngine, example);
    }

    [Fact]
    public void ShippedExamples_NRulesFiresItsOwnRules()
    {
        // Not a copy of our engine's answer: the NRules session reports its own firings, of each kind of rule the catalog has.
        var findings = new Evaluator(Engines.For(NRulesEngine.Instance)).Run(Engines.Example("strong-acute-trust.yaml"), Engines.Date);
        Assert.Contains(findings.Firings, f => f.Rule.EndsWith(":roll-up", StringComparison.Ordinal));
        Assert.Contains(findings.Firings, f => f.Rule.StartsWith("indicator:", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedRuleTests_EveryEngine_PassesEveryExpectationWithTheSameOutcomes()
    {
        var files = RuleTestFiles(Path.Combine(Engines.RepoRoot, "standards", "tests"));
        Assert.NotEmpty(files);
        var load = StandardsLoader.LoadPaths(files, new LoaderOptions { SkipFolders = [] });
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics.Where(d => d.IsError)));
        Assert.NotEmpty(load.RuleTests);
        var results = Engines.All.ToDictionary(e => e.Name, e =>
        {
            var runner = new RuleTestRunner(Engines.For(e));
            return load.RuleTests.OrderBy(f => f.File, StringComparer.Ordinal).SelectMany(f => runner.Run(f)).Select(o => o.ToString()).ToList();
        });
        var own = results[StandardsEngine.Own.Name];
        Assert.True(own.Count > 100, $"only {own.Count} expectations");
        foreach (var (engine, outcomes) in results)
        {
            Assert.Equal(own, outcomes);
        }

        var runnerOutcomes = new RuleTestRunner(Engines.For(NRulesEngine.Instance));
        Assert.All(load.RuleTests.SelectMany(f => runnerOutcomes.Run(f)), o => Assert.True(o.Passed, o.ToString()));
    }

    private static List<string> RuleTestFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
