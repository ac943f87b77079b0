using InclusionStandards.Diagnostics;
using System.Reflection;
using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

public class ShippedStandardsTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void LoadEmbedded_ShippedStandards_NoErrors()
    {
        var result = StandardsLoader.LoadEmbedded();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Catalog.EvidenceSchema);
        Assert.NotEmpty(result.Catalog.EnumerateCriteria());
        Assert.All(StandardsLoader.EmbeddedResourceNames(), n => Assert.DoesNotContain('\\', n));
    }

    [Fact]
    public void LoadEmbedded_SameHashesAsDirectory()
    {
        var embedded = StandardsLoader.LoadEmbedded().Catalog;
        var disk = StandardsLoader.LoadDirectory(Path.Combine(Root, "standards")).Catalog;
        Assert.Equal(disk.ContentHash, embedded.ContentHash);
    }

    [Fact]
    public void BuildEvidenceRecordTypes_ShippedSchema_RootHasOrganisationPeriodAssessmentDate()
    {
        var types = StandardsLoader.LoadEmbedded().Catalog.BuildEvidenceRecordTypes();
        Assert.Equal(["organisation", "period", "assessmentDate"], types.Root.Fields.Take(3).Select(f => f.Name));
        Assert.All(types.All, t => Assert.True(t.IsSealed));
    }

    [Fact]
    public void EveryDiagnosticCode_IsDocumentedAndTested()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md"));
        var tests = string.Concat(Directory.GetFiles(Path.Combine(Root, "tests", "InclusionStandards.Tests", "Loading"), "*.cs").Select(File.ReadAllText));
        var fields = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.NotEmpty(fields);
        foreach (var f in fields)
        {
            var code = (string)f.GetValue(null)!;
            Assert.True(docs.Contains($"| {code} ", StringComparison.Ordinal), $"{code} is not in docs/diagnostics.md");
            Assert.True(tests.Contains($"DiagnosticCodes.{f.Name}", StringComparison.Ordinal), $"{code} ({f.Name}) has no test");
        }

        Assert.Equal(fields.Length, fields.Select(f => f.GetValue(null)).Distinct().Count());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InclusionStandards.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
