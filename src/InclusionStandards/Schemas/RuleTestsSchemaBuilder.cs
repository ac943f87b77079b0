using System.Text.Json.Nodes;
using static InclusionStandards.Schemas.S;

namespace InclusionStandards.Schemas;

/// <summary>Builds the JSON Schema of rule-test files (docs/standards-format.md §8).</summary>
internal static class RuleTestsSchemaBuilder
{
    public static JsonObject Build()
    {
        var test = Obj("One test: evidence in, expected outcomes out.", ["name", "expect"],
            ("name", Str("What the test shows, e.g. 'a voting member without an EDI objective is not met'.")),
            ("description", Str("Longer explanation.")),
            ("base", Str("An evidence file to start from, relative to this file.")),
            ("patch", new JsonObject { ["type"] = "object", ["description"] = "Deep merge onto base: maps merge, lists replace, null removes." }),
            ("given", new JsonObject { ["type"] = "object", ["description"] = "A whole evidence document inline (instead of base/patch)." }),
            ("expect", new JsonObject
            {
                ["type"] = "object",
                ["description"] = "criterion-id, criterion-id[key], rating:scope-id or score:scope-id → the expected outcome, rating label or score.",
                ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number") },
            }));
        var body = Obj("A rule-tests file.", ["kind", "id", "tests"],
            ("kind", new JsonObject { ["const"] = "rule-tests", ["description"] = "The kind of document." }),
            ("id", Id("Kebab-case id.")), ("version", Str("SemVer version (optional).")), ("title", Str("Title (optional).")),
            ("status", Str("Status (optional).")), ("summary", Str("Summary (optional).")), ("description", Str("Description (optional).")),
            ("sources", new JsonObject { ["type"] = "array", ["description"] = "Sources (optional)." }),
            ("tests", Array(test, "The tests.")));
        return Document("https://inclusionstandards.example/schemas/rule-tests.schema.json", "InclusionStandards rule tests", new JsonObject(), body);
    }
}
