using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InclusionStandards.Conditions.Runtime;

/// <summary>Implementations of the built-in functions, called from compiled conditions.</summary>
internal static class Library
{
    private static readonly ConcurrentDictionary<string, Regex> Regexes = new(StringComparer.Ordinal);
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Concat(string a, string b) => string.Concat(a, b);

    public static byte[] Concat(byte[] a, byte[] b) => [.. a, .. b];

    public static IReadOnlyList<object?> Concat(IReadOnlyList<object?> a, IReadOnlyList<object?> b) =>
        a.Count == 0 ? b : b.Count == 0 ? a : [.. a, .. b];

    public static int CompareStrings(string a, string b) => string.CompareOrdinal(a, b);

    public static int CompareBytes(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);

    public static object? Index(IReadOnlyList<object?> list, long i) =>
        i < 0 || i >= list.Count ? throw new CelErrorException($"invalid_argument: index {i} out of range [0, {list.Count})") : CelValues.Normalize(list[(int)i]);

    public static object? Index(IReadOnlyList<object?> list, ulong i) =>
        i > int.MaxValue ? throw new CelErrorException($"invalid_argument: index {i} out of range") : Index(list, (long)i);

    public static object? Index(IReadOnlyList<object?> list, double i) =>
        i != Math.Floor(i) || double.IsInfinity(i) ? throw new CelErrorException($"invalid_argument: index {i} is not a whole number") : Index(list, (long)i);

    public static object? Index(CelMap map, object? key) => map.Get(key);

    public static bool In(object? value, IReadOnlyList<object?> list)
    {
        foreach (var item in list)
        {
            if (CelValues.Equal(value, CelValues.Normalize(item)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool In(object? key, CelMap map) => map.ContainsKey(key);

    public static long Size(string s)
    {
        var n = 0L;
        foreach (var _ in s.EnumerateRunes())
        {
            n++;
        }

        return n;
    }

    public static long Size(byte[] b) => b.Length;

    public static long Size(IReadOnlyList<object?> l) => l.Count;

    public static long Size(CelMap m) => m.Count;

    public static bool Contains(string s, string t) => s.Contains(t, StringComparison.Ordinal);

    public static bool StartsWith(string s, string t) => s.StartsWith(t, StringComparison.Ordinal);

    public static bool EndsWith(string s, string t) => s.EndsWith(t, StringComparison.Ordinal);

    public static bool Matches(string s, string pattern) => GetRegex(pattern).IsMatch(s);

    public static Regex GetRegex(string pattern) => Regexes.GetOrAdd(pattern, static p =>
    {
        if (RegexSubset.Problem(p) is { } problem)
        {
            throw new CelErrorException($"invalid regular expression '{p}': {problem}");
        }

        return new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    });

    public static long ToInt(ulong u) => u > long.MaxValue ? throw Range("int") : (long)u;

    public static long ToInt(double d) =>
        double.IsNaN(d) || d <= -9.2233720368547758E18 || d >= 9.2233720368547758E18 ? throw Range("int") : (long)d;

    public static long ToInt(string s) =>
        long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw Conversion(s, "int");

    public static long ToInt(CelTimestamp t) => Times.ToUnixSeconds(t);

    public static ulong ToUint(long l) => l < 0 ? throw Range("uint") : (ulong)l;

    public static ulong ToUint(double d) => double.IsNaN(d) || d < 0 || d >= 1.8446744073709552E19 ? throw Range("uint") : (ulong)d;

    public static ulong ToUint(string s) =>
        ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw Conversion(s, "uint");

    public static double ToDouble(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Conversion(s, "double");

    public static string ToStringValue(object? v) => CelValues.Format(v);

    public static string ToStringValue(byte[] b)
    {
        try
        {
            return StrictUtf8.GetString(b);
        }
        catch (DecoderFallbackException)
        {
            throw new CelErrorException("invalid UTF-8 in bytes, cannot convert to string");
        }
    }

    public static byte[] ToBytes(string s) => Encoding.UTF8.GetBytes(s);

    public static bool ToBool(string s) => s switch
    {
        "true" or "True" or "TRUE" or "t" or "1" => true,
        "false" or "False" or "FALSE" or "f" or "0" => false,
        _ => throw Conversion(s, "bool"),
    };

    public static CelTypeValue TypeOf(object? v) => CelValues.TypeOf(v);

    public static long TimePart(CelTimestamp t, string part, string? zone)
    {
        var d = Times.InZone(t, zone);
        return part switch
        {
            "getFullYear" => d.Year,
            "getMonth" => d.Month - 1,
            "getDate" => d.Day,
            "getDayOfMonth" => d.Day - 1,
            "getDayOfWeek" => (long)d.DayOfWeek,
            "getDayOfYear" => d.DayOfYear - 1,
            "getHours" => d.Hour,
            "getMinutes" => d.Minute,
            "getSeconds" => d.Second,
            _ => (long)(CelTimestamp.FloorDiv(t.Nanos, 1_000_000) % 1000 + 1000) % 1000,
        };
    }

    public static long DurationPart(CelDuration d, string part) => part switch
    {
        "getHours" => (long)(d.Nanos / 3_600_000_000_000),
        "getMinutes" => (long)(d.Nanos / 60_000_000_000),
        "getSeconds" => (long)(d.Nanos / 1_000_000_000),
        _ => (long)(d.Nanos / 1_000_000 % 1000),
    };

    private static CelErrorException Range(string type) => new($"range error: value does not fit in {type}");

    private static CelErrorException Conversion(string s, string type) => new($"Type conversion error: '{s}' is not a valid {type}");
}
