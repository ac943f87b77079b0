using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using InclusionStandards.TestSupport;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Binding;

/// <summary>
/// Copies of the shipped standards with one text edit, loaded, compiled and evaluated against a shipped example. An edit
/// that does not apply (its text is not in the file) fails the test instead of silently testing the unedited file.
/// </summary>
internal static class ShippedEdits
{
    private static readonly DateOnly Date = new(2024, 6, 30);

    private static readonly Lazy<Dictionary<string, string>> Files = new(() =>
    {
        var root = Path.Combine(TestCatalog.RepoRoot, "standards");
        var skip = new[] { "tests", "examples", "mappings" };
        return Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !skip.Contains(Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0]))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
    });

    /// <summary>The shipped standards' files (relative path with '/' → text), excluding tests, examples and mappings.</summary>
    public static IReadOnlyDictionary<string, string> Shipped => Files.Value;

    /// <summary>The shipped files with edits applied to <paramref name="file"/>, in order (each to the first occurrence left).</summary>
    public static Dictionary<string, string> Edit(string file, params (string From, string To)[] edits)
    {
        var files = new Dictionary<string, string>(Shipped, StringComparer.Ordinal);
        files[file] = edits.Aggregate(files[file], (text, e) => text.EditFirst(e.From, e.To));
        return files;
    }

    /// <summary>Loads (validates) files.</summary>
    public static LoadResult Load(IReadOnlyDictionary<string, string> files) => StandardsLoader.LoadTexts(files.ToDictionary(kv => kv.Key.Replace('/', Path.DirectorySeparatorChar), kv => kv.Value));

    /// <summary>Every criterion's outcome (with its element, if any) and every indicator's value for a shipped example.</summary>
    public static IReadOnlyList<string> Outcomes(CompiledStandards standards, string example)
    {
        var read = standards.Evidence.Parse(File.ReadAllText(TestCatalog.Example(example)), example);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var assessment = new Evaluator(standards).Evaluate(read.Document!, Date);
        return [.. assessment.Criteria.Select(c => $"{c.CriterionId}[{c.Subject}]={c.Outcome}"), .. assessment.Indicators.Select(i => $"{i.IndicatorId}={i.Value}")];
    }

    /// <summary>
    /// The consistency every edit must keep: either validation reports a located error, or the edited catalog compiles
    /// and evaluates every example exactly as the <paramref name="literal"/> form does.
    /// </summary>
    public static void AssertConsistent(IReadOnlyDictionary<string, string> edited, IReadOnlyDictionary<string, string> literal)
    {
        var load = Load(edited);
        if (load.HasErrors)
        {
            Assert.All(load.Diagnostics.Where(d => d.IsError), d => Assert.True(d.Location is { Line: > 0, Column: > 0 } && d.Location.File.Length > 0, $"unlocated: {d}"));
            return;
        }

        var compiled = CompiledStandards.Compile(load.Catalog, out var diagnostics);
        Assert.True(compiled is not null, "validates clean but does not compile:\n" + string.Join("\n", diagnostics));
        var reference = CompiledStandards.Compile(AssertClean(Load(literal)).Catalog, out var refDiagnostics);
        Assert.True(reference is not null, string.Join("\n", refDiagnostics));
        foreach (var example in new[] { "strong-acute-trust.yaml", "struggling-trust.yaml", "icb-partial-evidence.yaml" })
        {
            Assert.Equal(Outcomes(reference!, example), Outcomes(compiled!, example));
        }
    }

    private static LoadResult AssertClean(LoadResult load)
    {
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics.Where(d => d.IsError)));
        return load;
    }
}
