using InclusionStandards.Validation;
using System.Text.Json.Nodes;
using InclusionStandards.Loading.Readers;
using InclusionStandards.Schemas;

namespace InclusionStandards.Tests.Schemas;

public class JsonSchemasTests
{
    public static TheoryData<string, string[]> Kinds => new()
    {
        { "taxonomy", TaxonomyReader.Keys },
        { "evidence-schema", EvidenceSchemaReader.Keys },
        { "scoring", ScoringReader.Keys },
        { "framework", FrameworkReader.Keys },
        { "objectives", ObjectivesReader.Keys },
        { "domain", DomainReader.Keys },
        { "indicators", IndicatorsReader.Keys },
        { "actions", ActionsReader.Keys },
        { "rules", RulesReader.Keys },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Standards_KindDefinition_HasExactlyTheKeysTheLoaderAccepts(string kind, string[] keys)
    {
        var properties = JsonSchemas.Standards()["definitions"]![kind]!["properties"]!.AsObject();
        Assert.Equal(keys.Order(StringComparer.Ordinal), properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(properties, p => Assert.False(string.IsNullOrEmpty(Description(p.Value!)), $"{kind}.{p.Key} has no description"));
    }

    [Fact]
    public void Evidence_FromShippedCatalog_VocabularyFieldsBecomeEnums()
    {
        var catalog = StandardsLoader.LoadEmbedded().EnsureValid();
        var schema = JsonSchemas.Evidence(catalog);
        var org = schema["definitions"]!["Organisation"]!["properties"]!.AsObject();
        Assert.Contains("acute-trust", org["type"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("#/definitions/Organisation", schema["properties"]!["organisation"]!["$ref"]!.GetValue<string>());
        Assert.False(schema["properties"]!["evidence"]!["properties"]!.AsObject().ContainsKey("organisation"));
    }

    [Fact]
    public void RuleTests_RequiresNameAndExpect()
    {
        var test = JsonSchemas.RuleTests()["properties"]!["tests"]!["items"]!;
        Assert.Equal(["name", "expect"], test["required"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private static string? Description(JsonNode node) =>
        node["description"]?.GetValue<string>() ?? (node["$ref"] is not null ? "ref" : null);
}
