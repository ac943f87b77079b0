using System.Text.Json.Nodes;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Schemas;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Schemas;

/// <summary>
/// The shipped files conform to the JSON Schemas the tool publishes (<c>inclusion schema</c>), checked by JsonSchema.Net:
/// every standards file, every example organisation, every rule-test file, and the assessment of every example.
/// A document broken on purpose is reported, so the checks are not vacuous.
/// </summary>
public sealed class PublishedSchemaTests
{
    private static readonly string Standards = Path.Combine(TestCatalog.RepoRoot, "standards");

    /// <summary>The standards files (CSV mappings, kind: csv-mapping, have no published schema).</summary>
    public static TheoryData<string> StandardsFiles() => Files(f => !Under(f, "tests") && !Under(f, "examples") && !Under(f, "mappings"));

    public static TheoryData<string> ExampleFiles() => Files(f => Under(f, "examples"));

    public static TheoryData<string> RuleTestFiles() => Files(f => Under(f, "tests"));

    [Theory]
    [MemberData(nameof(StandardsFiles))]
    public void ShippedStandardsFile_ConformsToTheStandardsSchema(string file) =>
        Assert.Empty(SchemaValidator.Errors(JsonSchemas.Standards(), Read(file)));

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ShippedExample_ConformsToTheEvidenceSchema(string file) =>
        Assert.Empty(SchemaValidator.Errors(JsonSchemas.Evidence(TestCatalog.Catalog), Read(file)));

    [Theory]
    [MemberData(nameof(RuleTestFiles))]
    public void ShippedRuleTests_ConformToTheRuleTestsSchema(string file) =>
        Assert.Empty(SchemaValidator.Errors(JsonSchemas.RuleTests(), Read(file)));

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void AssessmentOfShippedExample_ConformsToTheResultsSchema(string file)
    {
        var read = TestCatalog.Standards.Evidence.ReadFile(Path.Combine(Standards, file));
        var assessment = new InclusionStandards.Assessments.Evaluator(TestCatalog.Standards).Evaluate(read.Document!, new DateOnly(2024, 6, 30));
        Assert.Empty(SchemaValidator.Errors(JsonNode.Parse(AssessmentJson.GetSchema())!, JsonNode.Parse(AssessmentJson.Serialize(assessment))));
    }

    [Theory]
    [InlineData("domains", @"(?m)^version: .*$", "version: [1, 2]")]
    [InlineData("domains", @"(?m)^kind: domain$", "kind: domain\nunknownKey: 1")]
    [InlineData("domains", @"(?m)^kind: domain$", "kind: domian")]
    public void BrokenStandardsFile_IsReported(string folder, string pattern, string replacement)
    {
        var file = Directory.EnumerateFiles(Path.Combine(Standards, folder), "*.yaml").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        var broken = new System.Text.RegularExpressions.Regex(pattern).Replace(text, replacement, 1);
        Assert.NotEqual(text, broken);
        Assert.Empty(SchemaValidator.Errors(JsonSchemas.Standards(), SchemaValidator.YamlToJson(text)));
        Assert.NotEmpty(SchemaValidator.Errors(JsonSchemas.Standards(), SchemaValidator.YamlToJson(broken)));
    }

    [Fact]
    public void BrokenExample_IsReported()
    {
        var text = File.ReadAllText(Path.Combine(Standards, "examples", "strong-acute-trust.yaml"));
        var broken = text.Replace("odsCode: ", "odsCodeX: ", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        Assert.NotEmpty(SchemaValidator.Errors(JsonSchemas.Evidence(TestCatalog.Catalog), SchemaValidator.YamlToJson(broken)));
    }

    private static JsonNode? Read(string file) => SchemaValidator.YamlToJson(File.ReadAllText(Path.Combine(Standards, file)));

    private static bool Under(string relative, string folder) => relative.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static TheoryData<string> Files(Func<string, bool> keep)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Standards, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Standards, f)).Where(keep).Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }

        return data;
    }
}
