using InclusionStandards.Assessments.Json;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Hosting;

/// <summary>The README's embedding sample compiles (it is this project's ReadmeSample.cs), runs, and is quoted verbatim.</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public void ReadmeSample_AssessesTheExample_JsonAndHtml()
    {
        var evidence = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml"));

        var (json, html) = ReadmeSample.AssessOnce(evidence);

        Assert.Equal("RZZ01", AssessmentJson.Deserialize(json).Organisation.OdsCode);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public void ReadmeSample_BadEvidence_ThrowsWithLocatedDiagnostics()
    {
        var e = Assert.Throws<ArgumentException>(() => ReadmeSample.AssessOnce("organisation: {odsCode: X}\nbogus: 1\n"));

        Assert.Contains("evidence.yaml:2:1: error", e.Message);
    }

    [Fact]
    public void Readme_QuotesTheSampleVerbatim()
    {
        var root = TestCatalog.RepoRoot;
        var source = File.ReadAllText(Path.Combine(root, "tests", "InclusionStandards.Tests", "Hosting", "ReadmeSample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("#region readme\n", StringComparison.Ordinal) + "#region readme\n".Length;
        var sample = source[start..source.IndexOf("#endregion", StringComparison.Ordinal)];
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.True(readme.Contains("```csharp\n" + sample + "```\n", StringComparison.Ordinal),
            "README.md must quote tests/InclusionStandards.Tests/Hosting/ReadmeSample.cs (between #region readme and #endregion) verbatim in a ```csharp block; copy it again after changing the sample.");
    }
}
