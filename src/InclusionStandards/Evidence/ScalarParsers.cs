using System.Globalization;

namespace InclusionStandards.Evidence;

/// <summary>Parses evidence scalars: dates and RFC 3339 timestamps, durations (<c>90d</c>, <c>12h</c>, <c>30m</c>, <c>45s</c>), numbers.</summary>
internal static class ScalarParsers
{

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:ssK",
    ];

    /// <summary>Reads <c>2024-03-31</c> (midnight UTC) or an RFC 3339 timestamp (converted to UTC).</summary>
    public static bool TryTimestamp(string text, out DateTimeOffset value)
    {
        var s = text.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        if (DateTimeOffset.TryParseExact(s, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            value = t.ToUniversalTime();
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a date (<c>yyyy-MM-dd</c>), or the date part of a timestamp.</summary>
    public static bool TryDate(string text, out DateOnly value)
    {
        if (TryTimestamp(text, out var t))
        {
            value = DateOnly.FromDateTime(t.UtcDateTime);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a duration: a whole number followed by <c>d</c>, <c>h</c>, <c>m</c> or <c>s</c>.</summary>
    public static bool TryDuration(string text, out TimeSpan value)
    {
        var s = text.Trim();
        value = default;
        if (s.Length < 2 || !long.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 1_000_000)
        {
            return false;
        }

        switch (s[^1])
        {
            case 'd': value = TimeSpan.FromDays(n); return true;
            case 'h': value = TimeSpan.FromHours(n); return true;
            case 'm': value = TimeSpan.FromMinutes(n); return true;
            case 's': value = TimeSpan.FromSeconds(n); return true;
            default: return false;
        }
    }

    /// <summary>Reads an integer (invariant culture, optional sign).</summary>
    public static bool TryInt(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a finite double (invariant culture).</summary>
    public static bool TryDouble(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
