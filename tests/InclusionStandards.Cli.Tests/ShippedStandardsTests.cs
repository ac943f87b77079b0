using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Model;
using Xunit.Abstractions;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary>End-to-end runs over the embedded standards: the README command and the real NHS Staff Survey CSV.</summary>
public sealed class ShippedStandardsTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_ReadmeCommand_WritesTheHtmlReport()
    {
        var path = TempFile(".html");
        try
        {
            var (exit, _, err) = Run("evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), "--format", "html", "--out", path);
            Assert.True(exit == 0, err);
            Assert.Contains("<svg", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_RealStaffSurveyCsv_EveryRowIsEvaluatedAndLackingMeasuresAreInsufficientEvidence()
    {
        var csv = StaffSurveyCsv();
        if (csv is null)
        {
            output.WriteLine("SKIPPED: nhs-staff-survey-organisations-2021-2022.csv not found (set INCLUSION_SHARED_DATA or place shared/data beside the repository).");
            return;
        }

        var path = TempFile(".jsonl");
        try
        {
            var (exit, _, err) = Run("evaluate", csv, "--jsonl", "--out", path);
            Assert.True(exit == 0, err);
            var assessments = AssessmentJson.DeserializeLines(new StringReader(File.ReadAllText(path))).ToList();
            Assert.Equal(544, assessments.Count);
            Assert.All(assessments, a => Assert.Equal(
                Outcome.InsufficientEvidence, a.Criteria.Single(c => c.CriterionId == "inc-s5-race-gaps").Outcome));
            Assert.DoesNotContain(assessments.SelectMany(a => a.Criteria), c => c.Outcome == Outcome.NotMet && !c.MissingEvidence.IsEmpty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string? StaffSurveyCsv()
    {
        const string name = "nhs-staff-survey-organisations-2021-2022.csv";
        if (Environment.GetEnvironmentVariable("INCLUSION_SHARED_DATA") is { } env && File.Exists(Path.Combine(env, name)))
        {
            return Path.Combine(env, name);
        }

        for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
