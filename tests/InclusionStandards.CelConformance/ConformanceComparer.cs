using InclusionStandards.Conditions.Runtime;

namespace InclusionStandards.CelConformance;

/// <summary>Compares an actual result value with an expected one: NaN equals NaN, maps ignore entry order.</summary>
internal static class ConformanceComparer
{
    public static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (double e, double a) => e.Equals(a),
        (long e, long a) => e == a,
        (ulong e, ulong a) => e == a,
        (byte[] e, byte[] a) => e.AsSpan().SequenceEqual(a),
        (IReadOnlyDictionary<object, object?> e, IReadOnlyDictionary<object, object?> a) =>
            e.Count == a.Count && e.All(kv => a.Any(x => Same(kv.Key, x.Key) && Same(kv.Value, x.Value))),
        (IReadOnlyList<object?> e, IReadOnlyList<object?> a) => e.Count == a.Count && e.Zip(a).All(p => Same(p.First, p.Second)),
        (CelTypeValue e, CelTypeValue a) => e.Name == a.Name,
        (null, _) or (_, null) => false,
        _ => expected.GetType() == actual.GetType() && expected.Equals(actual),
    };
}
