using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using static InclusionStandards.Cli.Tests.CliRunner;
using InclusionStandards.Model;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Cli.Tests;

public sealed class EvaluateCommandTests
{
    private static readonly string Good = Fixture("evidence", "good-trust.yaml");

    [Theory]
    [InlineData("json", "\"odsCode\": \"RAA\"")]
    [InlineData("md", "# Inclusion assessment: Good Hospitals NHS Trust")]
    [InlineData("html", "<html")]
    public void Evaluate_EachFormat_WritesTheReportAtomically(string format, string expected)
    {
        var path = TempFile("." + format);
        try
        {
            var (exit, _, err) = Run("evaluate", Good, "--standards", FixtureStandards, "--format", format, "--out", path);
            Assert.True(exit == 0, err);
            var text = File.ReadAllText(path);
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_Json_GivesOutcomesScoresAndRatings()
    {
        var (exit, output, err) = Run("evaluate", Good, "--standards", FixtureStandards);
        Assert.True(exit == 0, err);
        var a = AssessmentJson.Deserialize(output);
        Assert.Equal(Outcome.Met, a.Criteria.Single(c => c.CriterionId == "fx-network-and-board").Outcome);
        Assert.Equal("Outstanding", a.Scopes.Single(s => s.Kind == "domain").Rating);
        Assert.Equal(1.05, a.Indicators.Single().Value!.Value, 9);
        Assert.Contains("criterion:fx-network-and-board", a.Criteria.Single(c => c.CriterionId == "fx-network-and-board").RulesFired);
    }

    [Fact]
    public void Evaluate_SameRunTwice_JsonIsByteIdentical()
    {
        var first = Run("evaluate", Fixture("evidence"), "--standards", FixtureStandards, "--date", "2024-06-30");
        var second = Run("evaluate", Fixture("evidence"), "--standards", FixtureStandards, "--date", "2024-06-30");
        Assert.NotEmpty(first.Out);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void Evaluate_BadEvidence_PrintsLocatedDiagnosticsAndExits2()
    {
        var (exit, output, err) = Run("evaluate", Fixture("evidence", "bad-trust.yaml"), "--standards", FixtureStandards);
        Assert.Equal(2, exit);
        Assert.Contains("bad-trust.yaml:5:21: error EVD102: 'workforce.bmeShortlisted' must be an integer", err, StringComparison.Ordinal);
        Assert.Contains("bad-trust.yaml:6:5: error EVD101: Workforce has no field 'whiteShortlsted'. Did you mean 'whiteShortlisted'?", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public void Evaluate_FolderWithABadFile_ReportsItAndEvaluatesEveryGoodOne()
    {
        var path = TempFile(".jsonl");
        try
        {
            var (exit, _, err) = Run("evaluate", Fixture("evidence"), "--standards", FixtureStandards, "--jsonl", "--out", path);
            Assert.Equal(2, exit);
            Assert.Contains("bad-trust.yaml: not evaluated (bad evidence).", err, StringComparison.Ordinal);
            var assessments = AssessmentJson.DeserializeLines(new StringReader(File.ReadAllText(path))).ToList();
            Assert.Equal(["RAA", "RBB"], assessments.Select(a => a.Organisation.OdsCode).Order());
            var partial = assessments.Single(a => a.Organisation.OdsCode == "RBB");
            Assert.Equal(Outcome.InsufficientEvidence, partial.Criteria.Single(c => c.CriterionId == "fx-member-edi-objective").Outcome);
            Assert.Contains("boardMembers", partial.MissingEvidence);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_JsonLinesWithHtml_Exits2InsteadOfIgnoringAnOption()
    {
        var (exit, output, err) = Run("evaluate", Good, "--standards", FixtureStandards, "--jsonl", "--format", "html");
        Assert.Equal(2, exit);
        Assert.Contains("error CLI005", err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Evaluate_MappingThatCannotBeUsed_Exits2BeforeEvaluating()
    {
        // No CSV input: the mapping is still checked, not silently ignored.
        var (missingExit, missingOut, missingErr) = Run("evaluate", Good, "--standards", FixtureStandards, "--mapping", Fixture("no-such-mapping.yaml"));
        Assert.Equal(2, missingExit);
        Assert.Contains("error STD005", missingErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, missingOut);

        var (otherExit, otherOut, otherErr) = Run("evaluate", Good, "--standards", FixtureStandards, "--mapping", Good);
        Assert.Equal(2, otherExit);
        Assert.Contains("error CLI006", otherErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, otherOut);
    }

    [Fact]
    public void Evaluate_FolderWithNoEvidenceFiles_Exits2InsteadOfAnEmptyReport()
    {
        var empty = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(empty.FullName, "README.md"), "not evidence");
            var (exit, output, err) = Run("evaluate", empty.FullName, "--standards", FixtureStandards);
            Assert.Equal(2, exit);
            Assert.Contains("error CLI007", err, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
        }
        finally
        {
            empty.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_CsvWithOnlyItsHeader_Exits2AndKeepsTheOutFile()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var mapping = File.ReadAllText(Path.Combine(RepoRoot, "standards", "mappings", "nhs-staff-survey-organisations.yaml"));
            var columns = System.Text.RegularExpressions.Regex.Matches(mapping, @"column: ([^,}\n]+)").Select(m => m.Groups[1].Value.Trim()).Distinct();
            var csv = Path.Combine(dir.FullName, "header-only.csv");
            File.WriteAllText(csv, string.Join(",", columns.Select(c => c.Contains(',') ? $"\"{c}\"" : c)) + "\n");
            var kept = Path.Combine(dir.FullName, "results.json");
            File.WriteAllText(kept, "earlier results");

            var (exit, _, err) = Run("evaluate", csv, "--out", kept);

            Assert.Equal(2, exit);
            Assert.Contains("error CLI008", err, StringComparison.Ordinal);
            Assert.Equal("earlier results", File.ReadAllText(kept));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_MappingWithAMisspeltEvidencePathOrType_Exits2AtTheMappingLine()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var shipped = File.ReadAllText(Path.Combine(RepoRoot, "standards", "mappings", "nhs-staff-survey-organisations.yaml"));
            var path = Path.Combine(dir.FullName, "mapping.yaml");
            File.WriteAllText(path, shipped.Edit("staffSurvey.harassmentManager.rate:", "staffSurvey.harassmentManagr.rate:"));
            var line = 1 + File.ReadAllLines(path).ToList().FindIndex(l => l.Contains("harassmentManagr", StringComparison.Ordinal));

            var (exit, output, err) = Run("evaluate", Path.Combine(RepoRoot, "standards", "examples", "strong-acute-trust.yaml"), "--mapping", path);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"mapping.yaml:{line}:3: error EVD115", err, StringComparison.Ordinal);
            Assert.Contains("Did you mean 'harassmentManager'?", err, StringComparison.Ordinal);

            File.WriteAllText(path, shipped.Edit("type: int }", "type: integer }"));
            var (typeExit, _, typeErr) = Run("evaluate", Path.Combine(RepoRoot, "standards", "examples", "strong-acute-trust.yaml"), "--mapping", path);
            Assert.Equal(2, typeExit);
            Assert.Contains("error STD104", typeErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_OutIsAnExistingDirectory_Exits2WithCli004()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            foreach (var target in new[] { dir.FullName, dir.FullName + Path.DirectorySeparatorChar })
            {
                var (exit, output, err) = Run("evaluate", Good, "--standards", FixtureStandards, "--out", target);
                Assert.Equal(2, exit);
                Assert.Contains("error CLI004", err, StringComparison.Ordinal);
                Assert.DoesNotContain("CLI001", err, StringComparison.Ordinal);
                Assert.Equal(string.Empty, output);
            }

            Assert.Empty(dir.GetFileSystemInfos());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_DateEarlierThanDatesInTheEvidence_WarnsAtEachDate()
    {
        var file = Path.Combine(RepoRoot, "standards", "examples", "struggling-trust.yaml");
        var line = 1 + File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("fpptAttestedOn: '2024-01-10'", StringComparison.Ordinal));

        var (exit, output, err) = Run("evaluate", file, "--date", "2023-04-01");
        var (_, _, plainErr) = Run("evaluate", file);

        Assert.Equal(0, exit);
        Assert.NotEmpty(output);
        Assert.Contains($"struggling-trust.yaml:{line}:", err, StringComparison.Ordinal);
        Assert.Contains("warning EVD113", err, StringComparison.Ordinal);
        Assert.DoesNotContain("EVD113", plainErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DateBeforeThePeriod_Exits2InsteadOfPassingEveryRecencyCheck()
    {
        var (exit, output, err) = Run("evaluate", Good, "--standards", FixtureStandards, "--date", "1900-01-01");
        Assert.Equal(2, exit);
        Assert.Contains("error EVD109", err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public void Evaluate_BadDate_Exits2WithMessage()
    {
        var (exit, _, err) = Run("evaluate", Good, "--standards", FixtureStandards, "--date", "30/06/2024");
        Assert.Equal(2, exit);
        Assert.Contains("--date must be YYYY-MM-DD", err, StringComparison.Ordinal);
    }
}
