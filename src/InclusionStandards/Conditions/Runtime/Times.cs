using System.Globalization;
using System.Text.RegularExpressions;

namespace InclusionStandards.Conditions.Runtime;

/// <summary>Timestamps and durations: parsing, formatting, range checks and calendar accessors.</summary>
internal static partial class Times
{
    private const long MaxDurationSeconds = 315_576_000_000;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(MaxDurationSeconds);

    public static DateTimeOffset ParseTimestamp(string s)
    {
        if (!DateTimeOffset.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var t))
        {
            var m = FractionPattern().Match(s);
            if (m.Success && DateTimeOffset.TryParseExact(m.Groups[1].Value + m.Groups[2].Value[..Math.Min(8, m.Groups[2].Value.Length)] + m.Groups[3].Value, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out t))
            {
                return t.ToUniversalTime();
            }

            throw new CelErrorException($"timestamp '{s}' is not a valid RFC 3339 timestamp or is out of range");
        }

        return t.ToUniversalTime();
    }

    public static DateTimeOffset FromUnixSeconds(long seconds) =>
        seconds is < -62135596800 or > 253402300799
            ? throw new CelErrorException("timestamp out of range")
            : DateTimeOffset.FromUnixTimeSeconds(seconds);

    public static TimeSpan ParseDuration(string s)
    {
        var m = DurationPattern().Match(s);
        if (!m.Success || s is "" or "-" or "+")
        {
            throw new CelErrorException($"duration '{s}' is not valid (use e.g. '90s', '1h30m', '1.5h')");
        }

        decimal seconds = 0;
        foreach (Capture c in m.Groups["part"].Captures)
        {
            var pm = PartPattern().Match(c.Value);
            var n = decimal.Parse(pm.Groups[1].Value, CultureInfo.InvariantCulture);
            seconds += pm.Groups[2].Value switch
            {
                "h" => n * 3600,
                "m" => n * 60,
                "s" => n,
                "ms" => n / 1000,
                "us" or "µs" => n / 1_000_000,
                _ => n / 1_000_000_000,
            };
        }

        if (m.Groups["sign"].Value == "-")
        {
            seconds = -seconds;
        }

        return Math.Abs(seconds) > MaxDurationSeconds
            ? throw new CelErrorException("duration out of range")
            : TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }

    public static TimeSpan CheckDuration(TimeSpan d) =>
        d > MaxDuration || d < -MaxDuration ? throw new CelErrorException("duration out of range") : d;

    public static DateTimeOffset Add(DateTimeOffset t, TimeSpan d)
    {
        var ticks = t.UtcTicks + d.Ticks;
        return ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            ? throw new CelErrorException("timestamp out of range")
            : new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public static DateTimeOffset Subtract(DateTimeOffset t, TimeSpan d) => Add(t, -d);

    /// <summary>The difference of two timestamps; like CEL's reference implementation, it must fit in int64 nanoseconds.</summary>
    public static TimeSpan Subtract(DateTimeOffset a, DateTimeOffset b)
    {
        var ticks = a.UtcTicks - b.UtcTicks;
        return Math.Abs(ticks) > long.MaxValue / 100 ? throw new CelErrorException("duration out of range") : TimeSpan.FromTicks(ticks);
    }

    public static TimeSpan Add(TimeSpan a, TimeSpan b) => CheckDuration(TimeSpan.FromTicks(a.Ticks + b.Ticks));

    public static TimeSpan Subtract(TimeSpan a, TimeSpan b) => CheckDuration(TimeSpan.FromTicks(a.Ticks - b.Ticks));

    public static string Format(DateTimeOffset t)
    {
        var u = t.ToUniversalTime();
        var frac = u.Ticks % TimeSpan.TicksPerSecond;
        return u.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + (frac == 0 ? string.Empty : "." + (frac * 100).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0')) + "Z";
    }

    public static string Format(TimeSpan d)
    {
        var seconds = (decimal)d.Ticks / TimeSpan.TicksPerSecond;
        return seconds.ToString("0.#########", CultureInfo.InvariantCulture) + "s";
    }

    /// <summary>The timestamp in a time zone given as an IANA name or a fixed offset such as <c>+05:30</c>.</summary>
    public static DateTime InZone(DateTimeOffset t, string? zone)
    {
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

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<part>(\d+(\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns))+$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^([-+]?)(\d{2}):(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^(.*T\d\d:\d\d:\d\d)(\.\d+)(Z|[-+]\d\d:\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex FractionPattern();
}
