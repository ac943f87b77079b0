namespace InclusionStandards.Packaging.Tests;

/// <summary>
/// Packs InclusionStandards.Rules, InclusionStandards, InclusionStandards.NRules and the tool (Release) into a temporary feed, once for the
/// test collection. The package version is the repository's with a unique prerelease suffix, so a restore never
/// picks up a stale copy from the global packages folder; those copies are deleted afterwards. Only the package
/// version changes, not the assembly version, so repeated runs reuse the incremental Release build.
/// </summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    public static readonly string[] PackageIds = ["InclusionStandards.Rules", "InclusionStandards", "InclusionStandards.NRules", "InclusionStandards.Cli"];

    public string Work { get; } = Directory.CreateTempSubdirectory("inclusion-e2e-").FullName;

    public string Feed => Path.Combine(Work, "feed");

    public string PackageVersion { get; } = $"{Repository.Version}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public TimeSpan PackDuration { get; private set; }

    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{PackageVersion}.{extension}");

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        foreach (var id in PackageIds)
        {
            (await ProcessRunner.RunAsync("dotnet", Repository.Root, TimeSpan.FromMinutes(6),
                "pack", Path.Combine("src", id), "-c", "Release", "-o", Feed, $"-p:PackageVersion={PackageVersion}", "-nodeReuse:false"))
                .EnsureSuccess($"dotnet pack {id}");
        }

        PackDuration = DateTime.UtcNow - started;
    }

    public Task DisposeAsync()
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            TryDelete(Path.Combine(globalPackages, id.ToLowerInvariant(), PackageVersion.ToLowerInvariant()));
        }

        TryDelete(Work);
        return Task.CompletedTask;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // best effort: a temporary folder left behind is harmless
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
