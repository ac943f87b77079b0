using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InclusionStandards.Tests.Reports;

/// <summary>
/// A tiny JSON Schema checker for the keywords the results schema uses: <c>type</c>, <c>properties</c>,
/// <c>required</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>enum</c>, <c>format: date</c>, <c>pattern</c>
/// and local <c>$ref</c>s. Any other keyword is reported, so the checker cannot silently ignore a constraint.
/// </summary>
internal static class SchemaChecker
{
    private static readonly HashSet<string> Known =
        ["$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties", "items", "enum", "format", "pattern", "$ref", "default"];

    public static List<string> Check(JsonNode schema, JsonNode? document)
    {
        var errors = new List<string>();
        Check(schema, schema, document, "$", errors);
        return errors;
    }

    private static void Check(JsonNode root, JsonNode schema, JsonNode? value, string path, List<string> errors)
    {
        if (schema is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
        {
            if (!allowed)
            {
                errors.Add($"{path}: not allowed");
            }

            return;
        }

        var s = schema.AsObject();
        foreach (var (keyword, _) in s)
        {
            if (!Known.Contains(keyword))
            {
                errors.Add($"{path}: schema keyword '{keyword}' is not supported by the checker");
            }
        }

        if (s["$ref"] is { } reference)
        {
            foreach (var (keyword, _) in s)
            {
                if (keyword is not ("$ref" or "description" or "title"))
                {
                    errors.Add($"{path}: keyword '{keyword}' beside $ref is not supported by the checker");
                }
            }

            Check(root, Resolve(root, reference.GetValue<string>()), value, path, errors);
            return;
        }

        var kind = KindOf(value);
        if (s["type"] is { } type)
        {
            var types = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
            {
                errors.Add($"{path}: {kind} where the schema wants {string.Join(" or ", types)}");
                return;
            }
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var text = v.GetValue<string>();
            if (s["format"]?.GetValue<string>() == "date"
                && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{path}: '{text}' is not a date (yyyy-MM-dd)");
            }

            if (s["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
            {
                errors.Add($"{path}: '{text}' does not match {pattern}");
            }
        }

        if (value is JsonObject obj)
        {
            var properties = s["properties"]?.AsObject();
            foreach (var required in s["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    errors.Add($"{path}: required property '{required}' is missing");
                }
            }

            foreach (var (name, child) in obj)
            {
                if (properties?[name] is { } declared)
                {
                    Check(root, declared, child, $"{path}.{name}", errors);
                }
                else if (s["additionalProperties"] is { } additional)
                {
                    Check(root, additional, child, $"{path}.{name}", errors);
                }
                else
                {
                    errors.Add($"{path}.{name}: property not declared in the schema");
                }
            }
        }

        if (value is JsonArray array && s["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(root, items, array[i], $"{path}[{i}]", errors);
            }
        }
    }

    private static JsonNode Resolve(JsonNode root, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException("only local $refs: " + reference);
        }

        var node = root;
        foreach (var part in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonArray a ? a[int.Parse(key, CultureInfo.InvariantCulture)]! : node[key]!;
        }

        return node;
    }

    private static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => v.ToJsonString().Contains('.') || v.ToJsonString().Contains('E') || v.ToJsonString().Contains('e') ? "number" : "integer",
            _ => "null",
        },
        _ => "unknown",
    };
}
