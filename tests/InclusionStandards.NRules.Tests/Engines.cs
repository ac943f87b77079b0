using InclusionStandards.Validation;
using System.Collections.Concurrent;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Model;

namespace InclusionStandards.NRules.Tests;

/// <summary>The repository's standards, loaded once and compiled once per engine; what the differential tests compare.</summary>
internal static class Engines
{
    public static readonly DateOnly Date = new(2024, 6, 30);

    private static readonly Lazy<StandardsCatalog> Loaded = new(() =>
    {
        var load = StandardsLoader.LoadDirectory(Path.Combine(RepoRoot, "standards"));
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics.Where(d => d.IsError)));
        return load.Catalog;
    });

    private static readonly ConcurrentDictionary<StandardsEngine, Lazy<CompiledStandards>> Compiled = new();

    /// <summary>Every engine: ours (the reference for the others), NRules and the direct runner.</summary>
    public static StandardsEngine[] All => [StandardsEngine.Own, NRulesEngine.Instance, StandardsEngine.Direct];

    public static StandardsCatalog Catalog => Loaded.Value;

    public static CompiledStandards For(StandardsEngine engine) => Compiled.GetOrAdd(engine, e => new(() =>
    {
        var compiled = CompiledStandards.Compile(Catalog, e, out var diagnostics);
        Assert.True(compiled is not null, string.Join("\n", diagnostics));
        Assert.Same(e, compiled!.Engine);
        return compiled;
    })).Value;

    /// <summary>The assessment JSON without the count of rule firings (the one thing engines may differ in).</summary>
    public static string Json(Assessment assessment) => AssessmentJson.Serialize(assessment with { RuleFirings = 0 });

    /// <summary>The JSON of each engine's assessment of <paramref name="evidence"/>, keyed by engine name.</summary>
    public static Dictionary<string, string> Assess(EvidenceDocument evidence, DateOnly? date = null) =>
        All.ToDictionary(e => e.Name, e => Json(new Evaluator(For(e)).Evaluate(evidence, date ?? Date)));

    /// <summary>Asserts that every engine's assessment equals ours, showing the first line that differs.</summary>
    public static void AssertSame(Dictionary<string, string> byEngine, string what)
    {
        var own = byEngine[StandardsEngine.Own.Name];
        foreach (var (engine, json) in byEngine)
        {
            if (json != own)
            {
                var a = own.Split('\n');
                var b = json.Split('\n');
                var i = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k]);
                Assert.Fail($"{what}: the '{engine}' engine's assessment differs from ours at line {i + 1}:\n own: {a.ElementAtOrDefault(i)}\n {engine}: {b.ElementAtOrDefault(i)}");
            }
        }
    }

    public static EvidenceDocument Example(string name)
    {
        var read = For(StandardsEngine.Own).Evidence.ReadFile(Path.Combine(RepoRoot, "standards", "examples", name));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return read.Document!;
    }

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
}
