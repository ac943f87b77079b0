using System.Diagnostics;

namespace InclusionStandards.Cli.Tests.Hardening;

/// <summary>
/// Hostile command lines and the files they name, through the built tool: every refusal is a coded diagnostic (parse
/// errors are CLI034), terminal controls never reach standard error raw, special files given to any option are refused
/// rather than waited on or read without end, and every output path goes through the same checks.
/// </summary>
public sealed class CommandLineInputTests : IDisposable
{
    private static readonly System.Text.RegularExpressions.Regex Coded = new(@"^(\S.*:\d+:\d+: )?error [A-Z]{3}\d{3}: ", System.Text.RegularExpressions.RegexOptions.Multiline);

    private readonly string _dir = Directory.CreateTempSubdirectory("inclusion-cli-in-").FullName;

    private static string Example => Path.Combine(CliRunner.RepoRoot, "standards", "examples", "strong-acute-trust.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void AssertCoded((int Exit, string Out, string Err) run, string code)
    {
        Assert.Equal(2, run.Exit);
        Assert.Matches(Coded, run.Err);
        Assert.Contains($"error {code}:", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("CLI001", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> ParseErrors() => new()
    {
        new[] { "evaluate", "EXAMPLE", "--engine", "foo" },
        new[] { "evaluate", "EXAMPLE", "--format", "xml" },
        new[] { "plan", "EXAMPLE", "--format", "JSON" },
        new[] { "explain", "EXAMPLE" },
        new[] { "explain", "EXAMPLE", "EXAMPLE", "-c", "eds-1a-score" },
        new[] { "evaluate", "EXAMPLE", "--out" },
        new[] { "evaluat" },
        new[] { "diff", "standards" },
    };

    [Theory]
    [MemberData(nameof(ParseErrors))]
    public void ParseErrors_AreCodedDiagnostics_AndNothingRuns(string[] args)
    {
        var run = CliRunner.Run([.. args.Select(a => a == "EXAMPLE" ? Example : a)]);

        AssertCoded(run, "CLI034");
        Assert.Empty(run.Out);
        Assert.All(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            line => Assert.True(Coded.IsMatch(line) || line.StartsWith("See 'inclusion", StringComparison.Ordinal), $"uncoded line: {line}"));
    }

    [Theory]
    [InlineData("explain", "--criterion", "\u001b[2Jx\u0007")]
    [InlineData("init", "--type", "a\u001b]0;title\u0007b")]
    [InlineData("evaluate", "--date", "\u001b[31m2024-01-01")]
    public void TerminalControls_InAnOptionValue_AreEscapedOnStandardError(string command, string option, string value)
    {
        var args = command == "init" ? new[] { command, option, value } : [command, Example, option, value];

        var run = CliRunner.Run(args);

        Assert.Equal(2, run.Exit);
        Assert.Matches(Coded, run.Err);
        Assert.DoesNotContain('\u001b', run.Err);
        Assert.DoesNotContain('\u0007', run.Err);
        Assert.Contains("\\x1B", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void History_ThatIsAFifoOrADevice_IsRefusedNotWaitedOn()
    {
        var fifo = Path.Combine(_dir, "h.json");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mk.WaitForExit();
        }

        Assert.True(File.Exists(fifo), "mkfifo did not make the FIFO");
        AssertCoded(CliRunner.Run("evaluate", Example, "--history", fifo), "CLI031");
        AssertCoded(CliRunner.Run("evaluate", Example, "--history", "/dev/zero"), "CLI031");
    }

    [Fact]
    public void Plan_OutEqualToItsEvidence_IsRefusedAndTheEvidenceKept()
    {
        var input = Path.Combine(_dir, "e.yaml");
        File.Copy(Example, input);
        var before = File.ReadAllText(input);

        AssertCoded(CliRunner.Run("plan", input, "--out", input), "CLI020");
        AssertCoded(CliRunner.Run("plan", input, "--out", "/dev/null"), "CLI020");
        AssertCoded(CliRunner.Run("init", "--out", string.Empty), "CLI020");

        Assert.Equal(before, File.ReadAllText(input));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public void Date_OutsideTheSupportedYears_IsCli002_NotACrash(string date)
    {
        AssertCoded(CliRunner.Run("plan", Example, "--date", date), "CLI002");
    }

    [Fact]
    public void StandardsFolder_WithALinkBackToItself_LoadsWithoutWalkingTheLink()
    {
        var standards = Path.Combine(_dir, "standards");
        CopyDirectory(Path.Combine(CliRunner.RepoRoot, "standards"), standards);
        Directory.CreateSymbolicLink(Path.Combine(standards, "domains", "loop"), standards);
        Directory.CreateSymbolicLink(Path.Combine(standards, "root"), "/");

        var run = CliRunner.Run("validate", standards);

        Assert.Equal(0, run.Exit);
        Assert.Contains("0 error(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ResponseFiles_NamingEachOther_AreRefusedNotExpandedForever()
    {
        var a = Path.Combine(_dir, "a.rsp");
        var b = Path.Combine(_dir, "b.rsp");
        File.WriteAllText(a, "@" + b + "\n");
        File.WriteAllText(b, "@" + a + "\n");
        File.WriteAllText(Path.Combine(_dir, "self.rsp"), "@" + Path.Combine(_dir, "self.rsp") + "\n");

        AssertCoded(CliRunner.Run("@" + a), "CLI022");
        AssertCoded(CliRunner.Run("@" + Path.Combine(_dir, "self.rsp")), "CLI022");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/proc/self/reports")]
    public void OutDir_ThatCannotBeAReportFolder_IsCoded(string dir)
    {
        var run = CliRunner.Run("evaluate", Example, "--out-dir", dir);

        Assert.Equal(2, run.Exit);
        Assert.Matches(Coded, run.Err);
        Assert.DoesNotContain("CLI001", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lcf-member-edi-objective[bm-01")]
    [InlineData("lcf-member-edi-objective[]")]
    [InlineData("lcf-member-edi-objective[a[b]]")]
    [InlineData("[bm-01]")]
    public void Explain_CriterionThatIsNotIdOrIdElement_IsCli003(string criterion) =>
        AssertCoded(CliRunner.Run("explain", Example, "--criterion", criterion), "CLI003");

    [Fact]
    public void Mapping_ThatIsAFolder_IsCli006_NotASearchOfTheFolder() =>
        AssertCoded(CliRunner.Run("evaluate", Example, "--mapping", _dir), "CLI006");

    [Fact]
    public void MissingStandardsPath_IsLocated()
    {
        var run = CliRunner.Run("evaluate", Example, "--standards", Path.Combine(_dir, "nowhere"));

        AssertCoded(run, "STD005");
        Assert.Contains(Path.Combine(_dir, "nowhere") + ":1:1: error STD005:", run.Err, StringComparison.Ordinal);
        Assert.Contains("error(s) in the standards", run.Err, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
