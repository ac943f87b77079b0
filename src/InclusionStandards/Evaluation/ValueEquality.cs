using System.Collections.Immutable;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Element-wise equality for the immutable arrays in derived findings (an <see cref="ImmutableArray{T}"/> compares
/// by reference), so that a finding re-derived with the same content equals the one it replaces and the engine can
/// keep it (see <see cref="Rules.SessionOptions.KeepEqualLogicalFacts"/>).
/// </summary>
internal static class ValueEquality
{
    public static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan());

    public static void Add<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        if (items.IsDefault)
        {
            return;
        }

        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }
}
