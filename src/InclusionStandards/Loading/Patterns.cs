using System.Text.RegularExpressions;

namespace InclusionStandards.Loading;

/// <summary>The textual patterns of the format: kebab-case ids and SemVer 2.0 versions.</summary>
internal static partial class Patterns
{
    public static bool IsKebab(string s) => Kebab().IsMatch(s);

    public static bool IsSemVer(string s) => SemVer().IsMatch(s);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();

    // semver.org's recommended expression.
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
