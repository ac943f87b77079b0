namespace InclusionStandards.Conditions.Runtime;

/// <summary>
/// The run-time form of a CEL timestamp: nanoseconds since 1970-01-01T00:00:00Z, so that CEL's nanosecond
/// precision is kept (<see cref="DateTimeOffset"/> has 100 ns ticks). Converts to and from DateTimeOffset at the
/// boundaries (records, CLR properties, host functions, results).
/// </summary>
internal readonly record struct CelTimestamp(Int128 Nanos) : IComparable<CelTimestamp>
{
    public const long UnixEpochTicks = 621_355_968_000_000_000;
    public static readonly Int128 MinNanos = (Int128)(DateTimeOffset.MinValue.UtcTicks - UnixEpochTicks) * 100;
    public static readonly Int128 MaxNanos = ((Int128)(DateTimeOffset.MaxValue.UtcTicks - UnixEpochTicks) * 100) + 99;

    public static CelTimestamp Checked(Int128 nanos) =>
        nanos < MinNanos || nanos > MaxNanos ? throw new CelErrorException("timestamp out of range") : new CelTimestamp(nanos);

    public static explicit operator CelTimestamp(DateTimeOffset t) => new((Int128)(t.UtcTicks - UnixEpochTicks) * 100);

    public static explicit operator DateTimeOffset(CelTimestamp t) => new(UnixEpochTicks + (long)FloorDiv(t.Nanos, 100), TimeSpan.Zero);

    public static bool operator <(CelTimestamp a, CelTimestamp b) => a.Nanos < b.Nanos;

    public static bool operator >(CelTimestamp a, CelTimestamp b) => a.Nanos > b.Nanos;

    public static bool operator <=(CelTimestamp a, CelTimestamp b) => a.Nanos <= b.Nanos;

    public static bool operator >=(CelTimestamp a, CelTimestamp b) => a.Nanos >= b.Nanos;

    public static Int128 FloorDiv(Int128 a, Int128 b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    public int CompareTo(CelTimestamp other) => Nanos.CompareTo(other.Nanos);

    public override string ToString() => Times.Format(this);
}
