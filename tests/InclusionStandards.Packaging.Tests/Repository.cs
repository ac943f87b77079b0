using System.Text.RegularExpressions;

namespace InclusionStandards.Packaging.Tests;

/// <summary>Paths in the repository under test, found from the test's output folder.</summary>
internal static partial class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The one version source: &lt;Version&gt; in Directory.Build.props.</summary>
    public static string Version { get; } =
        VersionElement().Match(File.ReadAllText(Path.Combine(Root, "Directory.Build.props"))).Groups[1].Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InclusionStandards.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InclusionStandards.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
