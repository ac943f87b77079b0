using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using InclusionStandards.Model;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Hosting;

/// <summary>The package carries its standards: load them from the assembly and evaluate evidence held in memory.</summary>
public sealed class EmbeddedStandardsTests
{
    private const string Evidence = """
        organisation: {odsCode: RZZ99, name: An In-Memory Trust, type: acute-trust}
        period: {start: '2023-04-01', end: '2024-03-31'}
        evidence: {}
        """;

    [Fact]
    public void EmbeddedCatalog_EvaluatesAnEvidenceString_WithNoStandardsFilesOnDisk()
    {
        var load = StandardsLoader.LoadEmbedded();

        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        Assert.All(load.Files, f => Assert.StartsWith(StandardsLoader.EmbeddedPrefix, f, StringComparison.Ordinal));
        Assert.All(load.Files, f => Assert.False(File.Exists(f), f));
        var compiled = CompiledStandards.Compile(load.Catalog, out var diagnostics);
        Assert.True(compiled is not null, string.Join("\n", diagnostics));
        var read = compiled.Evidence.Parse(Evidence, "in-memory");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));

        var assessment = new Evaluator(compiled).Evaluate(read.Document!, new DateOnly(2024, 6, 30));

        Assert.Equal("RZZ99", assessment.Organisation.OdsCode);
        Assert.Equal(load.Catalog.ContentHash, assessment.CatalogHash);
        Assert.NotEmpty(assessment.Criteria);
        Assert.Contains(assessment.Criteria, c => c.Outcome == Outcome.InsufficientEvidence);
        Assert.NotEmpty(assessment.MissingEvidence);
    }
}
