using System.Collections;
using System.Globalization;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Conditions.Runtime;

/// <summary>Equality, ordering, naming and normalisation of boxed run-time values.</summary>
internal static class CelValues
{
    public static string TypeName(object? v) => TypeOf(v).Name;

    public static CelTypeValue TypeOf(object? v) => v switch
    {
        null => CelTypeValue.NullType,
        long => CelTypeValue.Int,
        ulong => CelTypeValue.Uint,
        double => CelTypeValue.Double,
        bool => CelTypeValue.Bool,
        string => CelTypeValue.String,
        byte[] => CelTypeValue.Bytes,
        CelTimestamp => CelTypeValue.Timestamp,
        CelDuration => CelTypeValue.Duration,
        IReadOnlyList<object?> => CelTypeValue.List,
        CelMap => CelTypeValue.Map,
        CelTypeValue => CelTypeValue.Type,
        Record r => new CelTypeValue(r.Type.Name),
        _ => new CelTypeValue(v.GetType().Name),
    };

    /// <summary>Brings a host value to its run-time form (int → long, float → double, dictionaries → maps, ...).</summary>
    public static object? Normalize(object? v) => v switch
    {
        null or long or ulong or double or bool or string or byte[] or CelTimestamp or CelDuration or CelMap or Record => v,
        DateTimeOffset t => (CelTimestamp)t,
        TimeSpan d => (CelDuration)d,
        IReadOnlyList<object?> list => list,
        int i => (long)i,
        short s => (long)s,
        sbyte sb => (long)sb,
        byte b => (long)b,
        uint u => (ulong)u,
        ushort us => (ulong)us,
        float f => (double)f,
        decimal m => (double)m,
        DateTime dt => (CelTimestamp)(dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt.ToUniversalTime())),
        Enum e => e.ToString(),
        IDictionary d => CelMap.FromHost(d),
        IEnumerable<KeyValuePair<string, object?>> pairs => CelMap.FromPairs(pairs),
        IEnumerable seq => seq.Cast<object?>().Select(Normalize).ToArray(),
        _ => v,
    };

    public static CelMap ToMap(object? v) => Normalize(v) as CelMap ?? throw new CelErrorException($"expected a map, got {TypeName(v)}");

    public static IReadOnlyList<object?> ToList(object? v) =>
        Normalize(v) as IReadOnlyList<object?> ?? throw new CelErrorException($"expected a list, got {TypeName(v)}");

    public static bool Equal(object? a, object? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (long x, long y):
                return x == y;
            case (double x, double y):
                return x == y;
            case (string x, string y):
                return string.Equals(x, y, StringComparison.Ordinal);
            case (long or ulong or double, long or ulong or double):
                return Numbers.Compare(a, b) == 0;
            case (byte[] x, byte[] y):
                return x.AsSpan().SequenceEqual(y);
            case (IReadOnlyList<object?> x, IReadOnlyList<object?> y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!Equal(Normalize(x[i]), Normalize(y[i])))
                    {
                        return false;
                    }
                }

                return true;
            case (CelMap x, CelMap y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                foreach (var e in x.Entries)
                {
                    if (!y.TryGet(e.Key, out var other) || !Equal(e.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            case (Record, _) or (_, Record):
                return ReferenceEquals(a, b);
            default:
                return a.GetType() == b.GetType() && a.Equals(b);
        }
    }

    /// <summary>Formats a value as CEL's <c>string()</c> does.</summary>
    public static string Format(object? v) => v switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong u => u.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        string s => s,
        CelTimestamp t => Times.Format(t),
        CelDuration d => Times.Format(d),
        DateTimeOffset t => Times.Format((CelTimestamp)t),
        TimeSpan s => Times.Format((CelDuration)s),
        CelTypeValue t => t.Name,
        IReadOnlyList<object?> l => "[" + string.Join(", ", l.Select(x => Quote(Normalize(x)))) + "]",
        CelMap m => "{" + string.Join(", ", m.Entries.Select(e => Quote(e.Key) + ": " + Quote(e.Value))) + "}",
        byte[] bytes => "b\"" + Convert.ToHexString(bytes) + "\"",
        _ => v.ToString() ?? string.Empty,
    };

    private static string Quote(object? v) => v is string s ? "'" + s + "'" : Format(v);

    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "+Inf" : "-Inf";
        }

        var abs = Math.Abs(d);
        return abs != 0 && (abs >= 1e21 || abs < 1e-6)
            ? d.ToString("0.################e+00", CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture);
    }
}
