using System.Linq.Expressions;
using System.Reflection;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// Boxes join keys for the session's key table. Small non-negative <see cref="int"/> keys (identifiers, codes) come
/// from a shared cache of boxes, so matching a fact or a partial match does not allocate one; any box is a correct key
/// (keys are compared with <see cref="object.Equals(object)"/>), so the cache is filled without locking. Thread-safe.
/// </summary>
internal static class KeyBoxes
{
    private const int CacheSize = 4096;
    private static readonly object?[] Int32Cache = new object?[CacheSize];
    private static readonly MethodInfo Int32Method = typeof(KeyBoxes).GetMethod(nameof(Int32), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The expression boxing <paramref name="key"/> as an object.</summary>
    public static Expression Box(Expression key) =>
        key.Type == typeof(int) ? Expression.Call(Int32Method, key) : Expression.Convert(key, typeof(object));

    private static object Int32(int value) =>
        (uint)value < CacheSize ? Int32Cache[value] ??= value : value;
}
