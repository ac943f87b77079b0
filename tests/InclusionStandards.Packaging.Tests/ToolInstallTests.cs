using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Packaging.Tests;

/// <summary>`dotnet tool install --add-source FEED` gives a working `inclusion`.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolInstallTests(PackagesFixture packages)
{
    [Fact]
    public async Task Tool_InstalledFromLocalFeed_EvaluatesTheExample()
    {
        var tools = Path.Combine(packages.Work, "tools");
        (await ProcessRunner.RunAsync("dotnet", packages.Work, TimeSpan.FromMinutes(3),
            "tool", "install", "InclusionStandards.Cli", "--tool-path", tools, "--add-source", packages.Feed, "--version", packages.PackageVersion))
            .EnsureSuccess("dotnet tool install");
        var inclusion = Path.Combine(tools, OperatingSystem.IsWindows() ? "inclusion.exe" : "inclusion");
        Assert.True(File.Exists(inclusion), inclusion);

        var output = Path.Combine(packages.Work, "tool-result.json");
        var run = await ProcessRunner.RunAsync(inclusion, Repository.Root, TimeSpan.FromMinutes(2),
            "evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), "--format", "json", "--out", output);
        Assert.True(run.ExitCode == 0, run.Output);
        var assessment = AssessmentJson.Deserialize(await File.ReadAllTextAsync(output));
        Assert.Equal("RZZ01", assessment.Organisation.OdsCode);
        Assert.NotEmpty(assessment.Criteria);

        // The installed tool carries the NRules engine: the same assessment, firing counts aside.
        var viaNRules = Path.Combine(packages.Work, "tool-result-nrules.json");
        var nrules = await ProcessRunner.RunAsync(inclusion, Repository.Root, TimeSpan.FromMinutes(2),
            "evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), "--format", "json", "--out", viaNRules, "--engine", "nrules");
        Assert.True(nrules.ExitCode == 0, nrules.Output);
        var other = AssessmentJson.Deserialize(await File.ReadAllTextAsync(viaNRules));
        Assert.Equal(AssessmentJson.Serialize(assessment with { RuleFirings = 0 }), AssessmentJson.Serialize(other with { RuleFirings = 0 }));
    }
}
