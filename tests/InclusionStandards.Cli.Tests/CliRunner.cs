using System.Diagnostics;

namespace InclusionStandards.Cli.Tests;

/// <summary>Runs the built <c>inclusion</c> tool as a process from the repository root, end to end.</summary>
internal static class CliRunner
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InclusionStandards.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("InclusionStandards.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Fixture(params string[] parts) => Path.Combine(["tests", "InclusionStandards.Cli.Tests", "Fixtures", .. parts]);

    public static string FixtureStandards => Fixture("standards");

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "inclusion.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"inclusion-cli-{Guid.NewGuid():N}{extension}");
}
