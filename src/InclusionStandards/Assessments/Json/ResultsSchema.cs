using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace InclusionStandards.Assessments.Json;

/// <summary>
/// Generates the JSON Schema of the results format from the serialisation contract itself (so the two cannot
/// drift), adding the descriptions of <see cref="SchemaDescriptions"/>. The checked-in
/// <c>schemas/results.schema.json</c> is this output; a test fails when they differ.
/// </summary>
internal static class ResultsSchema
{
    /// <summary>The schema as indented JSON with <c>\n</c> newlines and a final newline.</summary>
    public static string Generate()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var body = JsonSchemaExporter.GetJsonSchemaAsNode(AssessmentJsonOptions.Compact, typeof(Assessment), exporterOptions);

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "results.schema.json",
            ["title"] = "InclusionStandards assessment results",
        };
        foreach (var (name, value) in body.AsObject().ToList())
        {
            if (name is not ("$schema" or "title"))
            {
                body.AsObject().Remove(name);
                root[name] = value;
            }
        }

        var writerOptions = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return root.ToJsonString(writerOptions) + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        string? description = context.PropertyInfo is { } property
            ? SchemaDescriptions.ForProperty(property.DeclaringType, property.Name)
            : context.Path.IsEmpty ? SchemaDescriptions.Root : null;
        if (description is not null && !node.ContainsKey("description"))
        {
            // Put the description first so the schema reads naturally.
            var copy = node.ToList();
            node.Clear();
            node["description"] = description;
            foreach (var (name, value) in copy)
            {
                node[name] = value;
            }
        }

        return node;
    }
}
