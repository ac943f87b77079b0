namespace InclusionStandards.Conditions.Runtime;

/// <summary>Integer arithmetic with CEL's overflow and division errors, and cross-type numeric comparison.</summary>
internal static class Numbers
{
    public static long Add(long a, long b)
    {
        var r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? throw Overflow() : r;
    }

    public static long Sub(long a, long b)
    {
        var r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? throw Overflow() : r;
    }

    public static long Mul(long a, long b)
    {
        var r = Math.BigMul(a, b, out var low);
        return (r == 0 && low >= 0) || (r == -1 && low < 0) ? low : throw Overflow();
    }

    public static long Div(long a, long b) =>
        b == 0 ? throw new CelErrorException("divide by zero") : a == long.MinValue && b == -1 ? throw Overflow() : a / b;

    public static long Mod(long a, long b) =>
        b == 0 ? throw new CelErrorException("modulus by zero") : a == long.MinValue && b == -1 ? 0 : a % b;

    public static long Neg(long a) => a == long.MinValue ? throw Overflow() : -a;

    public static ulong Add(ulong a, ulong b) => a > ulong.MaxValue - b ? throw Overflow() : a + b;

    public static ulong Sub(ulong a, ulong b) => b > a ? throw Overflow() : a - b;

    public static ulong Mul(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high != 0 ? throw Overflow() : low;
    }

    public static ulong Div(ulong a, ulong b) => b == 0 ? throw new CelErrorException("divide by zero") : a / b;

    public static ulong Mod(ulong a, ulong b) => b == 0 ? throw new CelErrorException("modulus by zero") : a % b;

    /// <summary>
    /// Compares two numbers of any of int, uint, double; NaN compares as <see cref="int.MinValue"/> (unordered).
    /// Integers are compared with doubles as doubles, as the CEL conformance suite expects.
    /// </summary>
    public static int Compare(object a, object b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (ulong x, ulong y) => x.CompareTo(y),
        (long x, ulong y) => x < 0 ? -1 : ((ulong)x).CompareTo(y),
        (ulong x, long y) => y < 0 ? 1 : x.CompareTo((ulong)y),
        (double x, double y) => CompareDouble(x, y),
        (double x, long y) => CompareDouble(x, (double)y),
        (double x, ulong y) => CompareDouble(x, (double)y),
        (long x, double y) => CompareDouble((double)x, y),
        (ulong x, double y) => CompareDouble((double)x, y),
        _ => throw new CelErrorException($"no such overload: cannot compare {CelValues.TypeName(a)} with {CelValues.TypeName(b)}"),
    };

    private static int CompareDouble(double x, double y) => double.IsNaN(x) || double.IsNaN(y) ? int.MinValue : x.CompareTo(y);

    private static CelErrorException Overflow() => new("integer overflow");
}
