using System.Globalization;
using System.Text.Json;
using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Runtime;

namespace InclusionStandards.CelConformance;

/// <summary>Decodes values and types from the protobuf JSON mapping used by the conformance files.</summary>
internal static class ConformanceValues
{
    public static object? Value(JsonElement v)
    {
        var p = v.EnumerateObject().First();
        var x = p.Value;
        return p.Name switch
        {
            "int64_value" => long.Parse(x.ToString(), CultureInfo.InvariantCulture),
            "uint64_value" => ulong.Parse(x.ToString(), CultureInfo.InvariantCulture),
            "double_value" => x.ValueKind == JsonValueKind.String ? ParseDouble(x.GetString()!) : x.GetDouble(),
            "string_value" => x.GetString(),
            "bytes_value" => Convert.FromBase64String(x.GetString()!),
            "bool_value" => x.GetBoolean(),
            "null_value" => null,
            "list_value" => x.TryGetProperty("values", out var vs) ? vs.EnumerateArray().Select(Value).ToArray() : Array.Empty<object?>(),
            "map_value" => Map(x),
            "type_value" => new CelTypeValue(x.GetString()!),
            "object_value" => ObjectValue(x),
            _ => throw new NotSupportedException($"value kind {p.Name}"),
        };
    }

    public static CelType Type(JsonElement t)
    {
        var p = t.EnumerateObject().First();
        return p.Name switch
        {
            "primitive" => p.Value.GetString() switch
            {
                "INT64" => CelType.Int,
                "UINT64" => CelType.Uint,
                "DOUBLE" => CelType.Double,
                "BOOL" => CelType.Bool,
                "STRING" => CelType.String,
                "BYTES" => CelType.Bytes,
                var other => throw new NotSupportedException($"primitive {other}"),
            },
            "null" => CelType.Null,
            "dyn" => CelType.Dyn,
            "well_known" => p.Value.GetString() == "TIMESTAMP" ? CelType.Timestamp : p.Value.GetString() == "DURATION" ? CelType.Duration : CelType.Dyn,
            "list_type" => CelType.ListOf(Type(p.Value.GetProperty("elem_type"))),
            "map_type" => CelType.MapOf(Type(p.Value.GetProperty("key_type")), Type(p.Value.GetProperty("value_type"))),
            _ => throw new NotSupportedException($"type {p.Name}"),
        };
    }

    private static double ParseDouble(string s) => s switch
    {
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    private static IReadOnlyDictionary<object, object?> Map(JsonElement x)
    {
        var d = new Dictionary<object, object?>();
        if (x.TryGetProperty("entries", out var entries))
        {
            foreach (var e in entries.EnumerateArray())
            {
                d[Value(e.GetProperty("key"))!] = Value(e.GetProperty("value"));
            }
        }

        return d;
    }

    private static object ObjectValue(JsonElement x)
    {
        var type = x.GetProperty("@type").GetString()!;
        var value = x.GetProperty("value").GetString()!;
        return type.EndsWith("Duration", StringComparison.Ordinal) ? (TimeSpan)Times.ParseDuration(value) : (DateTimeOffset)Times.ParseTimestamp(value);
    }
}
