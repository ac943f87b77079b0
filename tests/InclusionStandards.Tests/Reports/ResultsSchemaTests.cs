using System.Text.Json.Nodes;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Tests.Reports;

public class ResultsSchemaTests
{
    private static readonly string SchemaPath = RepositoryFiles.PathOf("schemas", "results.schema.json");

    /// <summary>Set UPDATE_SCHEMAS=1 to rewrite the checked-in file from the code; the test then still compares.</summary>
    [Fact]
    public void CheckedInSchema_MatchesGeneratedFromCode()
    {
        var generated = AssessmentJson.GetSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
            File.WriteAllText(SchemaPath, generated);
        }

        Assert.True(File.Exists(SchemaPath), "schemas/results.schema.json is missing; run the tests with UPDATE_SCHEMAS=1");
        Assert.True(
            generated == File.ReadAllText(SchemaPath).ReplaceLineEndings("\n"),
            "schemas/results.schema.json differs from the serialisation contract; run the tests with UPDATE_SCHEMAS=1 and commit it");
    }

    [Fact]
    public void Schema_EveryPropertyHasADescription()
    {
        var missing = new List<string>();
        Walk(JsonNode.Parse(AssessmentJson.GetSchema())!, "#", missing);
        Assert.Empty(missing);
    }

    [Fact]
    public void SampleAssessment_ConformsToSchema()
    {
        var errors = Schemas.SchemaValidator.Errors(Schema(), JsonNode.Parse(AssessmentJson.Serialize(AssessmentSamples.AcuteTrust())));
        Assert.Empty(errors);
    }

    [FsCheck.Xunit.Property(MaxTest = 100, Arbitrary = [typeof(AssessmentJsonPropertyTests.Arbitraries)])]
    public void RandomAssessments_ConformToSchema(InclusionStandards.Assessments.Assessment a) =>
        Assert.Empty(Schemas.SchemaValidator.Errors(Schema(), JsonNode.Parse(AssessmentJson.Serialize(a))));

    [Theory]
    [InlineData("\"ruleFirings\"", "\"undeclared\": true, \"ruleFirings\"", "undeclared")]
    [InlineData("\"outcome\": \"met\"", "\"outcome\": \"sort-of\"", "/outcome: enum")]
    [InlineData("\"assessmentDate\": \"2024-06-30\"", "\"assessmentDate\": \"30.06.2024\"", "/assessmentDate: format")]
    [InlineData("\"catalogHash\"", "\"catalogHashX\"", "catalogHash")]
    public void Checker_DocumentBreakingTheSchema_IsReported(string from, string to, string expected)
    {
        var json = AssessmentJson.Serialize(AssessmentSamples.AcuteTrust()).Replace(from, to, StringComparison.Ordinal);
        var errors = Schemas.SchemaValidator.Errors(Schema(), JsonNode.Parse(json));
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    private static JsonNode Schema() => JsonNode.Parse(AssessmentJson.GetSchema())!;

    private static void Walk(JsonNode node, string path, List<string> missing)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        if (obj["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties)
            {
                if (value is JsonObject p && !p.ContainsKey("description"))
                {
                    missing.Add($"{path}/properties/{name}");
                }
            }
        }

        foreach (var (name, child) in obj)
        {
            if (child is not null)
            {
                Walk(child, $"{path}/{name}", missing);
            }
        }
    }
}
