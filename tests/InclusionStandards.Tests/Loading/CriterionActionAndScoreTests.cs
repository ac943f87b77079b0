using InclusionStandards.Diagnostics;
using InclusionStandards.Tests.Hardening;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

/// <summary>STD215 (a criterion's action owner is a term of owner-roles) and STD216 (its score is a field its met condition reads).</summary>
public class CriterionActionAndScoreTests
{
    [Theory]
    [InlineData("owner: chief-operating-officer", "owner: chief-operating-oficer", DiagnosticCodes.InvalidAction)]
    [InlineData("score: eds.outcome1a", "score: eds.outcome1b", DiagnosticCodes.InvalidScore)]
    public void EdsCriterion_Edited_IsReportedInItsFile(string from, string to, string code)
    {
        var files = HardeningData.StandardsFiles.Where(f => !f.Name.StartsWith("tests/", StringComparison.Ordinal)).ToList();
        var i = files.FindIndex(f => f.Name == "domains/eds-2022.yaml");
        Assert.Contains(from, files[i].Text, StringComparison.Ordinal); // the edit must apply
        var at = files[i].Text.IndexOf(from, StringComparison.Ordinal);
        files[i] = (files[i].Name, files[i].Text[..at] + to + files[i].Text[(at + from.Length)..]);

        var load = StandardsLoader.LoadTexts(files.Select(f => new KeyValuePair<string, string>(f.Name, f.Text)));

        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal(code, d.Code);
        Assert.Equal("domains/eds-2022.yaml", d.Location!.File);
    }
}
