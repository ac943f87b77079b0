using System.Collections.Immutable;

namespace InclusionStandards.Conditions.Checking;

/// <summary>Parses compact signatures such as <c>list(A), int -> A</c> used to declare the built-in overloads.</summary>
internal static class TypeSignature
{
    public static (ImmutableArray<CelType> Params, CelType Result) Parse(string signature)
    {
        var arrow = signature.IndexOf("->", StringComparison.Ordinal);
        var ps = signature[..arrow].Trim();
        var result = ParseType(signature[(arrow + 2)..].Trim());
        return (ps.Length == 0 ? [] : Split(ps).Select(ParseType).ToImmutableArray(), result);
    }

    public static CelType ParseType(string t)
    {
        t = t.Trim();
        if (t.StartsWith("list(", StringComparison.Ordinal))
        {
            return CelType.ListOf(ParseType(t[5..^1]));
        }

        if (t.StartsWith("map(", StringComparison.Ordinal))
        {
            var parts = Split(t[4..^1]);
            return CelType.MapOf(ParseType(parts[0]), ParseType(parts[1]));
        }

        return t switch
        {
            "int" => CelType.Int,
            "uint" => CelType.Uint,
            "double" => CelType.Double,
            "bool" => CelType.Bool,
            "string" => CelType.String,
            "bytes" => CelType.Bytes,
            "null" => CelType.Null,
            "timestamp" => CelType.Timestamp,
            "duration" => CelType.Duration,
            "type" => CelType.TypeType,
            "dyn" => CelType.Dyn,
            _ => CelType.Param(t),
        };
    }

    private static List<string> Split(string s)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
            if (s[i] == ',' && depth == 0)
            {
                parts.Add(s[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(s[start..].Trim());
        return parts;
    }
}
