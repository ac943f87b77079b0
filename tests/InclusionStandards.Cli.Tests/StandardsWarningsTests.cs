using InclusionStandards.TestSupport;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary>
/// Standards given on the command line that load with warnings (a tag set aside, a citation without a section) are
/// never evaluated silently: evaluate counts the warnings by code on standard error and points at validate.
/// </summary>
public sealed class StandardsWarningsTests
{
    [Fact]
    public void Evaluate_StandardsWithAnIgnoredTag_SaysSoOnStandardErrorAndStillEvaluates()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            CopyTree(Path.Combine(RepoRoot, FixtureStandards), dir.FullName);
            var domain = Path.Combine(dir.FullName, "domains", "domain.yaml");
            File.WriteAllText(domain, File.ReadAllText(domain).EditFirst("title: Fixture inclusive domain", "title: !!binary Fixture inclusive domain"));

            var (exit, output, err) = Run("evaluate", Fixture("evidence", "good-trust.yaml"), "--standards", dir.FullName);

            Assert.True(exit == 0, err);
            Assert.StartsWith("{", output.TrimStart(), StringComparison.Ordinal);
            Assert.Contains("The standards loaded with 8 warning(s) (STD007 \u00d71, STD110 \u00d77)", err, StringComparison.Ordinal);
            Assert.Contains("inclusion validate", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Evaluate_EmbeddedStandards_PrintNoStandardsWarningLine()
    {
        var (exit, _, err) = Run("evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), "--format", "md");

        Assert.True(exit is 0 or 1, err);
        Assert.DoesNotContain("The standards loaded with", err, StringComparison.Ordinal);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
