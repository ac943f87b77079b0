using System.Text.Json.Nodes;
using InclusionStandards.Model;

namespace InclusionStandards.Schemas;

/// <summary>
/// JSON Schemas (draft-07) for the files policy teams and assessors write, with descriptions, so that an editor with
/// the YAML language server completes and checks them. Each call returns a new node. Thread-safe.
/// </summary>
public static class JsonSchemas
{
    /// <summary>The file name of the standards schema.</summary>
    public const string StandardsFileName = "standards.schema.json";

    /// <summary>The file name of the evidence schema.</summary>
    public const string EvidenceFileName = "evidence.schema.json";

    /// <summary>The file name of the rule-tests schema.</summary>
    public const string RuleTestsFileName = "rule-tests.schema.json";

    /// <summary>The schema of standards files (every kind, discriminated by <c>kind</c>).</summary>
    public static JsonObject Standards() => StandardsSchemaBuilder.Build();

    /// <summary>The schema of evidence files, generated from the catalog's evidence schema.</summary>
    /// <exception cref="InvalidOperationException">The catalog has no evidence schema.</exception>
    public static JsonObject Evidence(StandardsCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return EvidenceSchemaBuilder.Build(catalog);
    }

    /// <summary>The schema of rule-test files.</summary>
    public static JsonObject RuleTests() => RuleTestsSchemaBuilder.Build();
}
