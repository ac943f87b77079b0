namespace InclusionStandards.Cli.Tests.Hardening;

/// <summary>
/// Nothing lost (issue 9, item 6), end to end through the built tool: in a batch, every bad input is reported on
/// standard error with its path and every good one is still evaluated; exit 2 when any input was bad; <c>--out</c> is
/// written atomically, so a failed run leaves no file, no temporary file and an existing output untouched.
/// </summary>
public sealed class BatchInputTests : IDisposable
{
    private const string Previous = "previous results\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"inclusion-batch-{Guid.NewGuid():N}");

    public BatchInputTests() => Directory.CreateDirectory(Path.Combine(_dir, "in"));

    private string In => Path.Combine(_dir, "in");

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("jsonl")]
    public void Batch_WithBadTruncatedAndDirectoryInputs_ReportsEachAndEvaluatesEveryGoodOne(string format)
    {
        var bad = WriteBadFiles();
        var outFile = Path.Combine(_dir, "results.out");

        var (exit, stdout, err) = CliRunner.Run(["evaluate", In, "--out", outFile, .. FormatArgs(format)]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        foreach (var path in bad)
        {
            Assert.Contains($"{path}: not evaluated", err, StringComparison.Ordinal);
        }

        Assert.Contains("error EVD", err, StringComparison.Ordinal);
        var written = File.ReadAllText(outFile);
        Assert.Contains("RZZ01", written, StringComparison.Ordinal);
        Assert.Contains("RZZ02", written, StringComparison.Ordinal);
        Assert.DoesNotContain("RCC", written, StringComparison.Ordinal);
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Batch_ToStandardOutput_EvaluatesTheGoodOnesAndReportsTheBadOnes()
    {
        var bad = WriteBadFiles();

        var (exit, stdout, err) = CliRunner.Run("evaluate", In);

        Assert.Equal(2, exit);
        Assert.Contains("RZZ01", stdout, StringComparison.Ordinal);
        Assert.Contains("RZZ02", stdout, StringComparison.Ordinal);
        Assert.All(bad, path => Assert.Contains($"{path}: not evaluated", err, StringComparison.Ordinal));
    }

    [NotRootFact]
    public void Batch_WithAnUnreadableFile_ReportsItAndEvaluatesTheRest()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // skipped by NotRootFact
        }

        WriteGoodFiles();
        var locked = Path.Combine(In, "locked.yaml");
        File.Copy(Example("strong-acute-trust.yaml"), locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var (exit, stdout, err) = CliRunner.Run("evaluate", In);

        Assert.Equal(2, exit);
        Assert.Contains($"{locked}: not evaluated", err, StringComparison.Ordinal);
        Assert.Contains("RZZ02", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AllInputsBad_LeavesNoOutputFile_AndNoTemporaryFile()
    {
        WriteBadFiles(andGood: false);
        var outFile = Path.Combine(_dir, "results.json");

        var (exit, _, err) = CliRunner.Run("evaluate", In, "--out", outFile);

        Assert.Equal(2, exit);
        Assert.Contains("not evaluated", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile), "a run where every input was bad must not write an (empty) output");
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void AllInputsBad_DoesNotTruncateAnExistingOutput()
    {
        WriteBadFiles(andGood: false);
        var outFile = Path.Combine(_dir, "results.json");
        File.WriteAllText(outFile, Previous);

        var (exit, _, _) = CliRunner.Run("evaluate", In, "--out", outFile);

        Assert.Equal(2, exit);
        Assert.Equal(Previous, File.ReadAllText(outFile));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void OutIntoAMissingDirectory_FailsWithExit2_AndCreatesNothing()
    {
        WriteGoodFiles();
        var missing = Path.Combine(_dir, "no-such-dir");
        var outFile = Path.Combine(missing, "results.json");

        var (exit, _, err) = CliRunner.Run("evaluate", In, "--out", outFile);

        Assert.Equal(2, exit);
        Assert.Contains("no-such-dir", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void OutUnderAFile_FailsWithExit2_AndLeavesTheExistingOutputUntouched()
    {
        WriteGoodFiles();
        var notADirectory = Path.Combine(_dir, "results.json");
        File.WriteAllText(notADirectory, Previous);

        var (exit, _, err) = CliRunner.Run("evaluate", In, "--out", Path.Combine(notADirectory, "x.json"));

        Assert.Equal(2, exit);
        Assert.Contains("error", err, StringComparison.Ordinal);
        Assert.Equal(Previous, File.ReadAllText(notADirectory));
        AssertNoTemporaryFiles();
    }

    private static string[] FormatArgs(string format) => format == "jsonl" ? ["--jsonl"] : ["--format", format];

    private static string Example(string name) => Path.Combine(CliRunner.RepoRoot, "standards", "examples", name);

    private void WriteGoodFiles()
    {
        File.Copy(Example("strong-acute-trust.yaml"), Path.Combine(In, "a-good.yaml"));
        File.Copy(Example("struggling-trust.yaml"), Path.Combine(In, "b-good.yaml"));
    }

    /// <summary>Two good files (unless not <paramref name="andGood"/>) and three bad ones: a schema error, a file cut mid-way and a directory named like a file. Returns the bad paths.</summary>
    private string[] WriteBadFiles(bool andGood = true)
    {
        if (andGood)
        {
            WriteGoodFiles();
        }

        var schemaError = Path.Combine(In, "c-schema-error.yaml");
        File.Copy(Path.Combine(CliRunner.RepoRoot, CliRunner.Fixture("evidence", "bad-trust.yaml")), schemaError);
        var truncated = Path.Combine(In, "d-truncated.yaml");
        var text = File.ReadAllText(Example("strong-acute-trust.yaml"));
        File.WriteAllText(truncated, text[..text.IndexOf("bme: 46", StringComparison.Ordinal)]);
        var directory = Path.Combine(In, "e-directory.yaml");
        Directory.CreateDirectory(directory);
        return [schemaError, truncated, directory];
    }

    private void AssertNoTemporaryFiles() =>
        Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp", SearchOption.AllDirectories));
}
