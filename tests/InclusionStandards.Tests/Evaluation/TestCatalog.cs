using InclusionStandards.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Evaluation;

/// <summary>The repository's standards, loaded and compiled once for all tests; and the shared real data folder.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<InclusionStandards.Model.StandardsCatalog> Loaded = new(() =>
    {
        var load = StandardsLoader.LoadDirectory(Path.Combine(RepoRoot, "standards"));
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics.Where(d => d.IsError)));
        return load.Catalog;
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<StandardsEngine, Lazy<CompiledStandards>> ByEngine = new();

    /// <summary>The repository's standards compiled for our own engine (the default).</summary>
    public static CompiledStandards Standards => For(StandardsEngine.Own);

    /// <summary>The repository's standards, loaded once.</summary>
    public static InclusionStandards.Model.StandardsCatalog Catalog => Loaded.Value;

    /// <summary>The repository's standards compiled for <paramref name="engine"/> (once per engine).</summary>
    public static CompiledStandards For(StandardsEngine engine) => ByEngine.GetOrAdd(engine, e => new(() =>
    {
        var compiled = CompiledStandards.Compile(Catalog, e, out var diagnostics);
        Assert.True(compiled is not null, string.Join("\n", diagnostics));
        return compiled!;
    })).Value;

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

    public static string Example(string name) => Path.Combine(RepoRoot, "standards", "examples", name);

    /// <summary>The real NHS Staff Survey CSV: env INCLUSION_SHARED_DATA, or shared/data beside the repository root; null when absent.</summary>
    public static string? StaffSurveyCsv
    {
        get
        {
            const string name = "nhs-staff-survey-organisations-2021-2022.csv";
            var env = Environment.GetEnvironmentVariable("INCLUSION_SHARED_DATA");
            if (env is not null && File.Exists(Path.Combine(env, name)))
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
}
