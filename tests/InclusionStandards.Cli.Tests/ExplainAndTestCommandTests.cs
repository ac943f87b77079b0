using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

public sealed class ExplainAndTestCommandTests
{
    /// <summary>The fixture standards' citations name no section (7 × STD110): commands using them say so in one line.</summary>
    private const string FixtureWarningsLine = "The standards loaded with 7 warning(s) (STD110 \u00d77); `inclusion validate ";

    [Fact]
    public void Explain_CriterionWithMissingEvidence_ShowsConditionRulesAndWhatWouldChangeIt()
    {
        var (exit, output, err) = Run("explain", Fixture("evidence", "partial-trust.json"), "--standards", FixtureStandards, "--criterion", "fx-recruitment-fair");
        Assert.True(exit == 0, err);
        Assert.StartsWith("fx-recruitment-fair: insufficient-evidence", output, StringComparison.Ordinal);
        Assert.Contains("met: withinBand(indicator('fx-wres-2'), 0.8, 1.25)", output, StringComparison.Ordinal);
        Assert.Contains("indicator('fx-wres-2')", output, StringComparison.Ordinal);
        Assert.Contains("criterion:fx-recruitment-fair", output, StringComparison.Ordinal);
        Assert.Contains("give the missing evidence: workforce.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ElementOfPerMemberCriterion_ShowsTheValuesItSaw()
    {
        var (exit, output, err) = Run("explain", Fixture("evidence", "good-trust.yaml"), "--standards", FixtureStandards, "--criterion", "fx-member-edi-objective[bm-01]");
        Assert.True(exit == 0, err);
        Assert.StartsWith("fx-member-edi-objective [bm-01]: met", output, StringComparison.Ordinal);
        Assert.Contains("member.ediObjective = true", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownCriterion_Exits2()
    {
        var (exit, _, err) = Run("explain", Fixture("evidence", "good-trust.yaml"), "--standards", FixtureStandards, "--criterion", "fx-nothing");
        Assert.Equal(2, exit);
        Assert.Contains("error CLI003", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownElementOrBadDate_Exits2NamingWhatExists()
    {
        var (exit, _, err) = Run("explain", Fixture("evidence", "good-trust.yaml"), "--standards", FixtureStandards, "--criterion", "fx-member-edi-objective[bm-99]");
        Assert.Equal(2, exit);
        Assert.Contains("has no element 'bm-99'", err, StringComparison.Ordinal);
        Assert.Contains("bm-01", err, StringComparison.Ordinal);

        // A date that cannot be read is refused, not replaced by the file's own date.
        var (dateExit, dateOut, dateErr) = Run("explain", Fixture("evidence", "good-trust.yaml"), "--standards", FixtureStandards, "--criterion", "fx-member-edi-objective", "--date", "2024-13-01");
        Assert.Equal(2, dateExit);
        Assert.Contains("error CLI002", dateErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, dateOut);
    }

    [Fact]
    public void Explain_OutcomeFromOtherResults_SaysWhichResultsAndElementsWouldChangeIt()
    {
        var file = Path.Combine(RepoRoot, "standards", "examples", "struggling-trust.yaml");

        var (exit, output, _) = Run("explain", file, "--criterion", "inc-s1-ceo-leads");
        var (rollExit, rollOutput, _) = Run("explain", file, "--criterion", "lcf-member-fppt-current");

        Assert.Equal(0, exit);
        Assert.Contains("the outcomes it reads: outcome('lcf-board-ceo-leads-edi')", output, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing in the evidence", output, StringComparison.Ordinal);
        Assert.Equal(0, rollExit);
        Assert.Contains("Elements:\n  bm-01: not-met", rollOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("--criterion 'lcf-member-fppt-current[bm-01]'", rollOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_CsvFile_Exits2SayingExplainReadsOneOrganisation()
    {
        var csv = Path.Combine(Directory.CreateTempSubdirectory().FullName, "rows.csv");
        File.WriteAllText(csv, "ODS code,Year\nRXX,2022\n");

        var (exit, output, err) = Run("explain", csv, "--criterion", "wres-2");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error CLI009", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FixtureRuleTests_PrintsEachFailureWithLocationAndTheTotals()
    {
        var (exit, output, err) = Run("test", FixtureStandards + "/tests", "--standards", FixtureStandards);
        Assert.Equal(1, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal("6 passed, 1 failed", lines[^1]);
        Assert.Contains(lines, l => l.Contains("domain-tests.yaml:23:7: test 'deliberately wrong expectation': fx-recruitment-fair: expected not-met, got met", StringComparison.Ordinal));
        Assert.StartsWith(FixtureWarningsLine, Assert.Single(err.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_DirectoryWithItsOwnStandards_TestsThoseStandardsAndSkipsEvidenceFiles()
    {
        // No --standards: the directory's own standards are the catalog under test (not the embedded ones),
        // and only kind: rule-tests files are run.
        var (exit, output, err) = Run("test", FixtureStandards);
        Assert.Equal(1, exit);
        Assert.Equal("6 passed, 1 failed", output.Trim().Split('\n')[^1]);
        Assert.StartsWith(FixtureWarningsLine, Assert.Single(err.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_TestsFolderOfAStandardsFolder_RunsAgainstThatFolderNotTheEmbeddedStandards()
    {
        // `inclusion test standards/tests` (as the authoring guide says) must test the edited standards around the
        // tests folder; the fixture standards are not the embedded ones, so their own expectations only hold there.
        var (exit, output, err) = Run("test", FixtureStandards + "/tests");
        Assert.Equal(1, exit);
        Assert.Equal("6 passed, 1 failed", output.Trim().Split('\n')[^1]);
        Assert.StartsWith(FixtureWarningsLine, Assert.Single(err.Trim().Split('\n')), StringComparison.Ordinal);

        var (fileExit, fileOutput, fileErr) = Run("test", FixtureStandards + "/tests/domain-tests.yaml");
        Assert.Equal(1, fileExit);
        Assert.Contains("test 'deliberately wrong expectation'", fileOutput, StringComparison.Ordinal);
        Assert.StartsWith(FixtureWarningsLine, Assert.Single(fileErr.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_RuleTestFileInAnUnrelatedFolder_RunsAgainstTheEmbeddedStandards()
    {
        // The folder also holds YAML that is not a standard of a catalog: it must not be taken for one.
        var root = Directory.CreateTempSubdirectory();
        try
        {
            var tests = Directory.CreateDirectory(Path.Combine(root.FullName, "mine"));
            var examples = Directory.CreateDirectory(Path.Combine(root.FullName, "examples"));
            foreach (var example in Directory.GetFiles(Path.Combine(RepoRoot, "standards", "examples")))
            {
                File.Copy(example, Path.Combine(examples.FullName, Path.GetFileName(example)));
            }

            File.Copy(Path.Combine(RepoRoot, "standards", "tests", "actions-tests.yaml"), Path.Combine(tests.FullName, "actions-tests.yaml"));
            File.WriteAllText(Path.Combine(tests.FullName, "notes.yaml"), "kind: domain\nid: not-a-catalog\n");

            var (exit, output, err) = Run("test", Path.Combine(tests.FullName, "actions-tests.yaml"));

            Assert.True(exit == 0, output + err);
            Assert.Matches(@"^[1-9][0-9]* passed, 0 failed$", output.Trim().Split('\n')[^1]);
        }
        finally
        {
            root.Delete(true);
        }
    }

    [Fact]
    public void Test_ValueExpectation_ComparesTheIndicatorsComputedValue()
    {
        const string Given = """
              given:
                organisation: { odsCode: RT1, name: Test trust, type: acute-trust }
                period: { start: '2023-04-01', end: '2024-03-31' }
                evidence:
                  recruitment:
                    white: { shortlisted: 100, appointed: 30 }
                    bme: { shortlisted: 100, appointed: 10 }
            """;
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "values.yaml");
        File.WriteAllText(file, $"""
            kind: rule-tests
            id: values
            tests:
            - name: right
            {Given}
              expect:
                value:wres-2: 3.0
            - name: wrong
            {Given}
              expect:
                value:wres-2: 2.5
                wres-2[none]: met
            """);

        var (exit, output, _) = Run("test", file);

        Assert.Equal(1, exit);
        Assert.Contains("test 'wrong': value:wres-2: expected 2.5, got 3", output, StringComparison.Ordinal);
        Assert.DoesNotContain("test 'right'", output, StringComparison.Ordinal);
        Assert.Contains("wres-2[none]: expected met, got no element 'none'", output, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 2 failed", output.Trim(), StringComparison.Ordinal); // expectations are counted
    }

    [Theory]
    [InlineData("standards")]
    [InlineData("standards/tests")] // as the authoring guide says: the tests run against the standards folder around them
    public void Test_ShippedStandards_AllRuleTestsPassWithoutLoadErrors(string path)
    {
        var (exit, output, err) = Run("test", path);
        Assert.True(exit == 0, output + err);
        Assert.Matches(@"^[1-9][0-9]* passed, 0 failed$", output.Trim().Split('\n')[^1]);
        Assert.True(err.Length == 0, err);
    }
}
