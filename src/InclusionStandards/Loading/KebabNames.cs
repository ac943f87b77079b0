using System.Collections.Frozen;
using System.Text;

namespace InclusionStandards.Loading;

/// <summary>Maps enum members to and from their kebab-case YAML names (<c>PartiallyMet</c> ↔ <c>partially-met</c>).</summary>
internal static class KebabNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => ToKebab(value.ToString());

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum => Cache<T>.ByName.TryGetValue(text, out value);

    public static IEnumerable<string> Names<T>()
        where T : struct, Enum => Cache<T>.ByName.Keys.Order(StringComparer.Ordinal);

    public static string ToKebab(string pascal)
    {
        var sb = new StringBuilder();
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

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => ToKebab(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
