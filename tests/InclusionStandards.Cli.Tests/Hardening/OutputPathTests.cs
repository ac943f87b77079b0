using System.Diagnostics;

namespace InclusionStandards.Cli.Tests.Hardening;

/// <summary>
/// Output paths (issue 24), through the built tool: <c>--out</c> is never an input of the same run, a link, a FIFO or a
/// device; an existing output keeps its permissions; bad paths are coded diagnostics (CLI004/CLI020/CLI021), never
/// a crash; special files and response files are refused, not waited on.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("inclusion-out-").FullName;

    private static string Example => Path.Combine(CliRunner.RepoRoot, "standards", "examples", "strong-acute-trust.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Copy(string name)
    {
        var path = Path.Combine(_dir, name);
        File.Copy(Example, path);
        return path;
    }

    private static void AssertRefused((int Exit, string Out, string Err) run, string code)
    {
        Assert.Equal(2, run.Exit);
        Assert.Contains($"error {code}:", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("CLI001", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_EqualToTheEvidence_OrSpelledDifferently_IsRefusedAndTheInputKept()
    {
        var input = Copy("e.yaml");
        var before = File.ReadAllText(input);

        AssertRefused(CliRunner.Run("evaluate", input, "--out", input), "CLI020");
        AssertRefused(CliRunner.Run("evaluate", input, "--out", Path.Combine(_dir, ".", "e.yaml")), "CLI020");

        Assert.Equal(before, File.ReadAllText(input));
    }

    [Fact]
    public void Out_InsideAFolderOfEvidence_WithAnEvidenceExtension_IsRefused()
    {
        Copy("e.yaml");

        AssertRefused(CliRunner.Run("evaluate", _dir, "--out", Path.Combine(_dir, "results.json")), "CLI020");
        Assert.False(File.Exists(Path.Combine(_dir, "results.json")));
    }

    [Fact]
    public void Out_OntoALinkAFifoOrADevice_IsRefusedAndNothingReplaced()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = Copy("e.yaml");
        var target = Path.Combine(_dir, "target.json");
        File.WriteAllText(target, "kept");
        var link = Path.Combine(_dir, "link.json");
        File.CreateSymbolicLink(link, target);
        var fifo = Path.Combine(_dir, "fifo.json");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mk.WaitForExit();
        }

        AssertRefused(CliRunner.Run("evaluate", input, "--out", link), "CLI020");
        AssertRefused(CliRunner.Run("evaluate", input, "--out", fifo), "CLI020");
        AssertRefused(CliRunner.Run("evaluate", input, "--out", "/dev/null"), "CLI020");

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("kept", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/proc/version")]
    [InlineData("LONG")]
    public void Out_Unusable_IsACodedDiagnostic(string path)
    {
        var input = Copy("e.yaml");
        var run = CliRunner.Run("evaluate", input, "--out", path == "LONG" ? Path.Combine(_dir, new string('a', 300)) : path);

        Assert.Equal(2, run.Exit);
        Assert.Matches(@"error CLI02[01]:", run.Err);
        Assert.DoesNotContain("CLI001", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_ReplacingAnExistingFile_KeepsItsPermissions_AndLeavesNoTemporaryFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = Copy("e.yaml");
        var results = Path.Combine(_dir, "results.out");
        File.WriteAllText(results, "old");
        File.SetUnixFileMode(results, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = CliRunner.Run("evaluate", input, "--out", results);

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("{", File.ReadAllText(results), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(results));
        Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void SchemaAndDocs_OutNamingAFile_AreCodedDiagnostics()
    {
        var file = Copy("e.yaml");

        AssertRefused(CliRunner.Run("schema", "--out", file), "CLI004");
        AssertRefused(CliRunner.Run("docs", "--out", file), "CLI004");
    }

    [Fact]
    public void SpecialFilesAsInputs_AndAsResponseFiles_AreRefusedNotWaitedOn()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_dir, "fifo.yaml");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mk.WaitForExit();
        }

        foreach (var args in new[] { new[] { "evaluate", fifo }, ["validate", fifo], ["evaluate", "/dev/zero"], ["@/dev/zero"], ["@" + fifo] })
        {
            var run = CliRunner.Run(args);
            Assert.InRange(run.Exit, 1, 2); // validate's "errors found" is 1, a bad input elsewhere 2
            Assert.Matches(@"error (CLI022|EVD100|STD005)", run.Err + run.Out); // validate lists its diagnostics on standard output
            Assert.DoesNotContain("CLI001", run.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Test_OnAFolderWithoutRuleTests_IsCli023()
    {
        var run = CliRunner.Run("test", _dir);

        AssertRefused(run, "CLI023");
    }
}
