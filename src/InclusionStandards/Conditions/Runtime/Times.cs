using System.Globalization;
using System.Text.RegularExpressions;

namespace InclusionStandards.Conditions.Runtime;

/// <summary>Timestamps and durations (nanosecond precision): parsing, formatting, arithmetic with range checks, calendar accessors.</summary>
internal static partial class Times
{
    private const long NanosPerSecond = 1_000_000_000;

    public static CelTimestamp ParseTimestamp(string s)
    {
        var m = TimestampPattern().Match(s);
        if (!m.Success || !DateTimeOffset.TryParseExact(m.Groups[1].Value + m.Groups[3].Value, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var t))
        {
            throw new CelErrorException($"timestamp '{s}' is not a valid RFC 3339 timestamp or is out of range");
        }

        var fraction = m.Groups[2].Success ? long.Parse(m.Groups[2].Value[1..].PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        return CelTimestamp.Checked(((CelTimestamp)t).Nanos + fraction);
    }

    public static CelTimestamp FromUnixSeconds(long seconds) => CelTimestamp.Checked((Int128)seconds * NanosPerSecond);

    public static long ToUnixSeconds(CelTimestamp t) => (long)CelTimestamp.FloorDiv(t.Nanos, NanosPerSecond);

    public static CelDuration ParseDuration(string s)
    {
        var m = DurationPattern().Match(s);
        if (!m.Success || s is "" or "-" or "+")
        {
            throw new CelErrorException($"duration '{s}' is not valid (use e.g. '90s', '1h30m', '1.5h')");
        }

        decimal nanos = 0;
        foreach (Capture c in m.Groups["part"].Captures)
        {
            var pm = PartPattern().Match(c.Value);
            var n = decimal.Parse(pm.Groups[1].Value, CultureInfo.InvariantCulture);
            nanos += pm.Groups[2].Value switch
            {
                "h" => n * 3600 * NanosPerSecond,
                "m" => n * 60 * NanosPerSecond,
                "s" => n * NanosPerSecond,
                "ms" => n * 1_000_000,
                "us" or "µs" => n * 1000,
                _ => n,
            };
        }

        return CelDuration.Checked((Int128)(m.Groups["sign"].Value == "-" ? -nanos : nanos));
    }

    public static CelTimestamp Add(CelTimestamp t, CelDuration d) => CelTimestamp.Checked(t.Nanos + d.Nanos);

    public static CelTimestamp Subtract(CelTimestamp t, CelDuration d) => CelTimestamp.Checked(t.Nanos - d.Nanos);

    /// <summary>The difference of two timestamps; like CEL's reference implementation, it must fit in int64 nanoseconds.</summary>
    public static CelDuration Subtract(CelTimestamp a, CelTimestamp b)
    {
        var d = a.Nanos - b.Nanos;
        return d > long.MaxValue || d < long.MinValue ? throw new CelErrorException("duration out of range") : new CelDuration(d);
    }

    public static CelDuration Add(CelDuration a, CelDuration b) => CelDuration.Checked(a.Nanos + b.Nanos);

    public static CelDuration Subtract(CelDuration a, CelDuration b) => CelDuration.Checked(a.Nanos - b.Nanos);

    public static string Format(CelTimestamp t)
    {
        var seconds = CelTimestamp.FloorDiv(t.Nanos, NanosPerSecond);
        var frac = (long)(t.Nanos - (seconds * NanosPerSecond));
        var whole = DateTimeOffset.FromUnixTimeSeconds((long)seconds);
        return whole.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + (frac == 0 ? string.Empty : "." + frac.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0')) + "Z";
    }

    public static string Format(CelDuration d) =>
        ((decimal)d.Nanos / NanosPerSecond).ToString("0.#########", CultureInfo.InvariantCulture) + "s";

    /// <summary>The timestamp in a time zone given as an IANA name or a fixed offset such as <c>+05:30</c>.</summary>
    public static DateTime InZone(CelTimestamp timestamp, string? zone)
    {
        var t = (DateTimeOffset)timestamp;
        if (string.IsNullOrEmpty(zone) || zone == "UTC")
        {
            return t.UtcDateTime;
        }

        var m = OffsetPattern().Match(zone);
        if (m.Success)
        {
            var offset = new TimeSpan(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), 0);
            return t.ToOffset(m.Groups[1].Value == "-" ? -offset : offset).DateTime;
        }

        try
        {
            return TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new CelErrorException($"unknown time zone '{zone}'");
        }
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(\.\d{1,9})?([Zz]|[-+]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<part>(\d+(\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns))+$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^([-+]?)(\d{2}):(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
