using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace InclusionStandards.Model;

/// <summary>
/// The one mapping between enum members and the kebab-case names standards, results and reports write
/// (<c>PartiallyMet</c> ↔ <c>partially-met</c>, <c>EvidenceSchema</c> ↔ <c>evidence-schema</c>).
/// </summary>
public static class KebabCase
{
    /// <summary>The kebab-case name of an enum member (<c>Outcome.PartiallyMet</c> → <c>partially-met</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its name in kebab-case.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum => Cache<T>.ByValue.TryGetValue(value, out var name) ? name : Of(value.ToString());

    /// <summary>A PascalCase name in kebab-case: a hyphen before each upper-case letter after the first, all lower-case.</summary>
    /// <param name="pascal">The PascalCase name, e.g. <c>EvidenceSchema</c>.</param>
    /// <returns>The kebab-case name, e.g. <c>evidence-schema</c>.</returns>
    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    /// <summary>Reads a kebab-case name back to its enum member (exact, case-sensitive).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The kebab-case name.</param>
    /// <param name="value">The member, when found.</param>
    /// <returns>Whether <paramref name="text"/> names a member of <typeparamref name="T"/>.</returns>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum => Cache<T>.ByName.TryGetValue(text, out value);

    /// <summary>The kebab-case names of every member of an enum, in ordinal order.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IEnumerable<string> Names<T>()
        where T : struct, Enum => Cache<T>.ByName.Keys.Order(StringComparer.Ordinal);

    /// <summary>A JSON naming policy that names members through <see cref="Of(string)"/> (for enum converters).</summary>
    public static JsonNamingPolicy JsonNaming { get; } = new Naming();

    private sealed class Naming : JsonNamingPolicy
    {
        public override string ConvertName(string name) => Of(name);
    }

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => Of(v.ToString()), v => v, StringComparer.Ordinal);

        public static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);
    }
}
