namespace InclusionStandards.Conditions.Runtime;

/// <summary>
/// The run-time form of a CEL duration: nanoseconds, limited to ±315,576,000,000 seconds (about 10,000 years).
/// Converts to and from <see cref="TimeSpan"/> (100 ns ticks) at the boundaries.
/// </summary>
internal readonly record struct CelDuration(Int128 Nanos) : IComparable<CelDuration>
{
    public static readonly Int128 MaxNanos = (Int128)315_576_000_000 * 1_000_000_000;

    public static CelDuration Checked(Int128 nanos) =>
        nanos > MaxNanos || nanos < -MaxNanos ? throw new CelErrorException("duration out of range") : new CelDuration(nanos);

    public static explicit operator CelDuration(TimeSpan d) => new((Int128)d.Ticks * 100);

    public static explicit operator TimeSpan(CelDuration d) => TimeSpan.FromTicks((long)(d.Nanos / 100));

    public static bool operator <(CelDuration a, CelDuration b) => a.Nanos < b.Nanos;

    public static bool operator >(CelDuration a, CelDuration b) => a.Nanos > b.Nanos;

    public static bool operator <=(CelDuration a, CelDuration b) => a.Nanos <= b.Nanos;

    public static bool operator >=(CelDuration a, CelDuration b) => a.Nanos >= b.Nanos;

    public int CompareTo(CelDuration other) => Nanos.CompareTo(other.Nanos);

    public override string ToString() => Times.Format(this);
}
