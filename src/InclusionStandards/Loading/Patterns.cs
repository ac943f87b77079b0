using System.Text.RegularExpressions;

namespace InclusionStandards.Loading;

/// <summary>The textual patterns of the format: kebab-case ids and SemVer 2.0 versions.</summary>
internal static partial class Patterns
{
    public static bool IsKebab(string s) => Kebab().IsMatch(s);

    /// <summary>
    /// SemVer 2.0 with ASCII digits only, and MAJOR, MINOR and PATCH of at most 9 digits each: tools compare versions as
    /// numbers, and 99999999999999999999.0.0 overflows every integer type.
    /// </summary>
    public static bool IsSemVer(string s) => SemVer().Match(s) is { Success: true } m && m.Groups[1].Length <= 9 && m.Groups[2].Length <= 9 && m.Groups[3].Length <= 9;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();

    // semver.org's recommended expression.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
