using System.Text.Json.Nodes;
using InclusionStandards.Model;
using static InclusionStandards.Schemas.S;

namespace InclusionStandards.Schemas;

/// <summary>Builds the JSON Schema of evidence files from the catalog's evidence schema (so it knows the real fields).</summary>
internal static class EvidenceSchemaBuilder
{
    public static JsonObject Build(StandardsCatalog catalog)
    {
        var schema = catalog.EvidenceSchema ?? throw new InvalidOperationException("The catalog has no evidence-schema document.");
        var defs = new JsonObject
        {
            ["timestamp"] = new JsonObject
            {
                ["type"] = "string", ["description"] = "A date (YYYY-MM-DD) or an RFC 3339 timestamp.",
                ["pattern"] = @"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$",
            },
            ["duration"] = new JsonObject { ["type"] = "string", ["description"] = "A duration: 90d, 12h, 30m or 45s.", ["pattern"] = @"^\d+(\.\d+)?[dhms]$" },
        };
        foreach (var t in schema.Types)
        {
            defs[t.Name] = Obj(t.Description ?? t.Name, [], [.. t.Fields.Select(f => (f.Name, Field(f, catalog)))]);
        }

        var root = schema.Root.Where(f => f.Name != "organisation").Select(f => (f.Name, Field(f, catalog))).ToArray();
        var body = Obj("An evidence file: one organisation in one period (docs/standards-format.md §6).", ["organisation", "period"],
            ("organisation", schema.FindRootField("organisation") is { } org ? Field(org, catalog) : Ref(EvidenceSchema.OrganisationTypeName)),
            ("period", Obj("The period assessed.", ["start", "end"], ("start", Ref("timestamp")), ("end", Ref("timestamp")))),
            ("assessmentDate", Ref("timestamp")),
            ("evidence", Obj("The evidence, by root field of the evidence schema. Anything not given is missing, never a default.", [], root)));
        return Document("https://inclusionstandards.example/schemas/evidence.schema.json", $"Evidence for {schema.Title} {schema.Version}", defs, body);
    }

    private static JsonNode Field(EvidenceFieldDefinition f, StandardsCatalog catalog)
    {
        var node = Type(f.Type, f, catalog);
        var text = f.Description ?? f.Name;
        if (f.Unit is not null)
        {
            text += $" ({f.Unit})";
        }

        node["description"] = text;
        return node;
    }

    private static JsonObject Type(TypeReference type, EvidenceFieldDefinition f, StandardsCatalog catalog)
    {
        switch (type.Kind)
        {
            case TypeReferenceKind.Bool:
                return new JsonObject { ["type"] = "boolean" };
            case TypeReferenceKind.Int or TypeReferenceKind.Double:
                var n = new JsonObject { ["type"] = type.Kind == TypeReferenceKind.Int ? "integer" : "number" };
                if (f.Min is { } min)
                {
                    n["minimum"] = min;
                }

                if (f.Max is { } max)
                {
                    n["maximum"] = max;
                }

                return n;
            case TypeReferenceKind.String:
                var s = new JsonObject { ["type"] = "string" };
                var allowed = f.Allowed.Length > 0 ? f.Allowed.ToList()
                    : f.Vocabulary is { } v && catalog.FindVocabulary(v) is { } vocab ? vocab.Terms.Select(t => t.Id).ToList() : null;
                if (allowed is not null)
                {
                    s["enum"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]);
                }

                return s;
            case TypeReferenceKind.Timestamp:
                return Ref("timestamp");
            case TypeReferenceKind.Duration:
                return Ref("duration");
            case TypeReferenceKind.List:
                return new JsonObject { ["type"] = "array", ["items"] = Type(type.Element!, f, catalog) };
            case TypeReferenceKind.Map:
                return new JsonObject { ["type"] = "object", ["additionalProperties"] = Type(type.Element!, f, catalog) };
            default:
                return Ref(type.Name!);
        }
    }
}
