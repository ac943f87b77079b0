using System.Text.RegularExpressions;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary><c>--engine</c> on evaluate, test and explain: NRules and the direct runner give our engine's answers.</summary>
public sealed partial class EngineOptionTests
{
    private static readonly string[] Examples = [.. Directory.EnumerateFiles(Path.Combine(RepoRoot, "standards", "examples"), "*.yaml")
        .Select(f => Path.Combine("standards", "examples", Path.GetFileName(f))).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("nrules")]
    [InlineData("direct")]
    public void Evaluate_EveryExampleAsJsonLines_EqualsTheDefaultEngineLineForLine(string engine)
    {
        var (exit, expected, err) = Run(["evaluate", .. Examples, "--jsonl"]);
        Assert.True(exit == 0, err);
        var (exit2, actual, err2) = Run(["evaluate", .. Examples, "--jsonl", "--engine", engine]);
        Assert.True(exit2 == 0, err2);
        var a = WithoutFirings(expected).Split('\n');
        var b = WithoutFirings(actual).Split('\n');
        Assert.Equal(Examples.Length, a.Count(l => l.Length > 0));
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("nrules")]
    [InlineData("direct")]
    public void Test_ShippedRuleTests_PassOnTheEngine(string engine)
    {
        var (exit, output, err) = Run("test", Path.Combine("standards", "tests"), "--engine", engine);
        Assert.True(exit == 0, output + err);
        Assert.Matches(@"^[1-9]\d* passed, 0 failed$", output.Trim().Split('\n')[^1].Trim());
    }

    [Fact]
    public void Explain_OnNRules_GivesTheSameExplanation()
    {
        string[] args = ["explain", Examples[0], "--criterion", "lcf-member-domains-appraised"];
        var (exit, expected, err) = Run(args);
        Assert.True(exit == 0, err);
        var (exit2, actual, err2) = Run([.. args, "--engine", "nrules"]);
        Assert.True(exit2 == 0, err2);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_UnknownEngine_IsRefusedWithTheChoices()
    {
        var (exit, _, err) = Run("evaluate", Examples[0], "--engine", "nrule");
        Assert.NotEqual(0, exit);
        Assert.Contains("'nrule'", err, StringComparison.Ordinal);
        Assert.Contains("nrules", err, StringComparison.Ordinal);
    }

    private static string WithoutFirings(string jsonl) => Firings().Replace(jsonl, "\"ruleFirings\":0");

    [GeneratedRegex("\"ruleFirings\":\\d+")]
    private static partial Regex Firings();
}
