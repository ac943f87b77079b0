using InclusionStandards.Assessments.Json;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>The shipped standards and example evidence as texts, and one way to evaluate evidence text to JSON.</summary>
internal static class HardeningData
{
    public static readonly DateOnly Date = new(2024, 6, 30);

    private static readonly string StandardsRoot = Path.Combine(TestCatalog.RepoRoot, "standards");

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> LazyStandards = new(() => Read(
        Directory.EnumerateFiles(StandardsRoot, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "examples" + Path.DirectorySeparatorChar, StringComparison.Ordinal))));

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> LazyExamples = new(() => Read(
        Directory.EnumerateFiles(Path.Combine(StandardsRoot, "examples"), "*.yaml")));

    /// <summary>Every shipped standards file but the examples, by path relative to <c>standards/</c>, with '/' separators.</summary>
    public static IReadOnlyList<(string Name, string Text)> StandardsFiles => LazyStandards.Value;

    /// <summary>The example evidence files.</summary>
    public static IReadOnlyList<(string Name, string Text)> Examples => LazyExamples.Value;

    /// <summary>Reads and evaluates evidence text; the assessment JSON, or null when the reader rejected it (with diagnostics).</summary>
    public static string? EvaluateToJson(CompiledStandards compiled, string text, string source)
    {
        var read = compiled.Evidence.Parse(text, source);
        if (!read.Succeeded)
        {
            Assert.NotEmpty(read.Diagnostics);
            return null;
        }

        var doc = read.Document!;
        return AssessmentJson.Serialize(new Evaluator(compiled).Evaluate(doc, doc.AssessmentDate ?? Date));
    }

    private static IReadOnlyList<(string Name, string Text)> Read(IEnumerable<string> files) =>
        files.Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(StandardsRoot, f).Replace('\\', '/'), File.ReadAllText(f).ReplaceLineEndings("\n")))
            .ToArray();
}
