using InclusionStandards.Assessments;
using InclusionStandards.Validation;
using System.Text;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>The same content gives the same bytes: across runs and compilations, list orders and line endings.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> ExampleNames => new(HardeningData.Examples.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Evaluate_FreshlyLoadedAndCompiledCatalog_GivesTheSameJson(string example)
    {
        var text = Text(example);
        var fresh = CompiledStandards.Compile(StandardsLoader.LoadDirectory(Path.Combine(TestCatalog.RepoRoot, "standards")).Catalog, out _)!;

        Assert.Equal(HardeningData.EvaluateToJson(TestCatalog.Standards, text, example), HardeningData.EvaluateToJson(fresh, text, example));
    }

    /// <summary>
    /// Shuffling list items keeps every outcome, rating and score. (Not the bytes: evidence paths in the results name
    /// list positions, e.g. <c>boardMembers[1]</c>, and findings for several subjects follow evidence order.)
    /// </summary>
    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Evaluate_ListItemsShuffled_GivesTheSameOutcomesAndRatings(string example)
    {
        var text = Text(example);
        var expected = Outcomes(text, example);
        for (var seed = 0; seed < 5; seed++)
        {
            Assert.Equal(expected, Outcomes(YamlListShuffler.Shuffle(text, new Random(seed)), example));
        }
    }

    private static string Outcomes(string text, string source)
    {
        var read = TestCatalog.Standards.Evidence.Parse(text, source);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var a = new Evaluator(TestCatalog.Standards).Evaluate(read.Document!, HardeningData.Date);
        return string.Join("\n", a.Criteria.Select(c => $"{c.CriterionId}[{c.Subject}]={c.Outcome}").Order(StringComparer.Ordinal)
            .Concat(a.Scopes.Select(s => $"{s.Kind}:{s.ScopeId}={s.Rating}/{s.Score}").Order(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Evaluate_CrlfEvidence_GivesTheSameJsonAsLf(string example)
    {
        var text = Text(example);

        Assert.Equal(
            HardeningData.EvaluateToJson(TestCatalog.Standards, text, example),
            HardeningData.EvaluateToJson(TestCatalog.Standards, text.ReplaceLineEndings("\r\n"), example));
    }

    [Fact]
    public void Load_CrlfStandards_GiveTheSameContentHashesAndJsonAsLf()
    {
        var lf = StandardsLoader.LoadTexts(HardeningData.StandardsFiles.Select(f => KeyValuePair.Create(f.Name, f.Text)));
        var crlf = StandardsLoader.LoadTexts(HardeningData.StandardsFiles.Select(f => KeyValuePair.Create(f.Name, f.Text.ReplaceLineEndings("\r\n"))));

        Assert.Equal(lf.Catalog.ContentHash, crlf.Catalog.ContentHash);
        Assert.Equal(lf.Catalog.Standards.Select(s => s.ContentHash), crlf.Catalog.Standards.Select(s => s.ContentHash));
        var lfCompiled = CompiledStandards.Compile(lf.Catalog, out _)!;
        var crlfCompiled = CompiledStandards.Compile(crlf.Catalog, out _)!;
        foreach (var (name, text) in HardeningData.Examples)
        {
            Assert.Equal(HardeningData.EvaluateToJson(lfCompiled, text, name), HardeningData.EvaluateToJson(crlfCompiled, text, name));
        }
    }

    [Fact]
    public void Shuffle_ReordersItemsButKeepsEveryLine()
    {
        var text = "a:\n- x: 1\n  y: 2\n- x: 3\n- x: 4\nb: 5\n";
        var shuffled = Enumerable.Range(0, 20).Select(s => YamlListShuffler.Shuffle(text, new Random(s))).ToHashSet();

        Assert.True(shuffled.Count > 1);
        Assert.All(shuffled, s => Assert.Equal(text.Split('\n').Order(StringComparer.Ordinal), s.Split('\n').Order(StringComparer.Ordinal)));
        Assert.All(shuffled, s => Assert.Contains("- x: 1\n  y: 2\n", s, StringComparison.Ordinal));
    }

    private static string Text(string example) => HardeningData.Examples.Single(e => e.Name == example).Text;
}
