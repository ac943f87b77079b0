using FsCheck;
using FsCheck.Fluent;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using InclusionStandards.Validation;
using Xunit.Abstractions;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Fuzz: mutated shipped standards files and random standards documents are loaded (and, when they load clean, compiled
/// with the rest of the catalog); every problem must be a diagnostic, never an exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class StandardsFuzzTests(ITestOutputHelper output)
{
    /// <summary>Every this many cases, the mutated file is loaded with the whole catalog and compiled.</summary>
    private const int FullCatalogEvery = 25;

    [Fact]
    public void LoadAndCompile_MutatedShippedFiles_NeverThrow()
    {
        var files = HardeningData.StandardsFiles;
        var cases = 0;
        var clean = 0;
        Prop.ForAll(TextMutator.Mutated(files).ToArbitrary(), m =>
        {
            var single = StandardsLoader.LoadText(m.Name, m.Text);
            AssertDiagnosed(single);
            if (cases++ % FullCatalogEvery == 0)
            {
                var all = StandardsLoader.LoadTexts(files.Select(f => KeyValuePair.Create(f.Name, f.Name == m.Name ? m.Text : f.Text)));
                AssertDiagnosed(all);
                if (!all.HasErrors)
                {
                    clean++;
                    var compiled = CompiledStandards.Compile(all.Catalog, out var diagnostics);
                    Assert.True(compiled is not null || !diagnostics.IsEmpty);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.Cases));
        output.WriteLine($"mutated standards: {cases} cases, no exception; {clean} whole catalogs loaded clean and were compiled");
        Assert.Equal(FuzzSettings.Cases, cases);
    }

    [Fact]
    public void Load_RandomDocuments_NeverThrow()
    {
        var cases = 0;
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).Select(RandomYaml.Build).ToArbitrary(), text =>
        {
            cases++;
            AssertDiagnosed(StandardsLoader.LoadText("random.yaml", text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.Cases));
        output.WriteLine($"random standards documents: {cases} cases, no exception");
        Assert.Equal(FuzzSettings.Cases, cases);
    }

    private static void AssertDiagnosed(LoadResult result)
    {
        Assert.NotNull(result.Catalog);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Code)));
    }
}
