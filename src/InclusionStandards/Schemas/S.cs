using System.Text.Json.Nodes;

namespace InclusionStandards.Schemas;

/// <summary>Small helpers to build JSON Schema (draft-07) nodes by hand.</summary>
internal static class S
{
    public static JsonObject Str(string description) => new() { ["type"] = "string", ["description"] = description };

    public static JsonObject Num(string description) => new() { ["type"] = "number", ["description"] = description };

    public static JsonObject Int(string description) => new() { ["type"] = "integer", ["description"] = description };

    public static JsonObject Bool(string description) => new() { ["type"] = "boolean", ["description"] = description };

    public static JsonObject Enum(string description, params string[] values) =>
        new() { ["type"] = "string", ["description"] = description, ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    public static JsonObject Id(string description) =>
        new() { ["type"] = "string", ["description"] = description, ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" };

    public static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/definitions/{definition}" };

    public static JsonObject Array(JsonNode items, string description) => new() { ["type"] = "array", ["description"] = description, ["items"] = items };

    /// <summary>An object with the given properties, required keys, and no others.</summary>
    public static JsonObject Obj(string description, IEnumerable<string> required, params (string Name, JsonNode Schema)[] properties)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema;
        }

        var result = new JsonObject { ["type"] = "object", ["description"] = description, ["properties"] = props, ["additionalProperties"] = false };
        var req = required.ToList();
        if (req.Count > 0)
        {
            result["required"] = new JsonArray([.. req.Select(r => (JsonNode)r)]);
        }

        return result;
    }

    public static JsonObject Document(string id, string title, JsonObject definitions, JsonObject body)
    {
        var doc = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = id,
            ["title"] = title,
        };
        foreach (var (k, v) in body.ToList())
        {
            body.Remove(k);
            doc[k] = v;
        }

        doc["definitions"] = definitions;
        return doc;
    }
}
