using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary><c>inclusion test --coverage</c>, run as a policy team runs it.</summary>
public sealed class CoverageCommandTests
{
    [Fact]
    public void Coverage_ShippedStandards_EveryOutcomeIsExpectedByATest()
    {
        var (exit, output, err) = Run("test", "standards", "--coverage");
        Assert.True(exit == 0, output + err);
        var lines = output.Trim().Split('\n');
        Assert.Matches(@"^coverage: (\d+) of \1 criterion outcomes expected by a test, 0 uncovered$", lines[^2]);
        Assert.EndsWith(" 0 failed", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_AnExpectationRemoved_IsListedAtTheCriterionAndExitsOne()
    {
        var root = Directory.CreateTempSubdirectory();
        try
        {
            var copy = Path.Combine(root.FullName, "standards");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot, "standards"), "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(RepoRoot, "standards"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var removed = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(copy, "tests"), "*.yaml"))
            {
                var lines = File.ReadAllLines(file);
                var kept = lines.Where(l => l.Trim() != "inc-s9-confidence-to-record: partially-met").ToArray();
                removed += lines.Length - kept.Length;
                File.WriteAllLines(file, kept);
            }

            Assert.True(removed > 0, "the expectation to remove was not found");
            var (exit, output, _) = Run("test", copy, "--coverage");
            Assert.Equal(1, exit);
            var gap = Assert.Single(output.Split('\n'), l => l.Contains("can be", StringComparison.Ordinal));
            Assert.Contains("inclusive-domain.yaml:", gap, StringComparison.Ordinal);
            Assert.Contains("criterion 'inc-s9-confidence-to-record' can be partially-met (it declares partiallyMet), and no rule test expects it", gap, StringComparison.Ordinal);
            Assert.Contains(", 1 uncovered", output, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Coverage_FixtureStandards_ListsWhatTheirFewTestsLeaveOut()
    {
        var (exit, output, _) = Run("test", FixtureStandards, "--coverage");
        Assert.Equal(1, exit);
        Assert.Contains(output.Split('\n'), l => l.Contains("can be insufficient-evidence (it reads evidence that can be missing), and no rule test expects it", StringComparison.Ordinal));
        Assert.Matches(@"coverage: \d+ of \d+ criterion outcomes expected by a test, [1-9]\d* uncovered", output);
    }
}
