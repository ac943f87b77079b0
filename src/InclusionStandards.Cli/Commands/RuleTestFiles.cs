using System.Text.RegularExpressions;
using InclusionStandards.Loading;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// Finds what <c>inclusion test PATH…</c> should run: rule-test files (<c>kind: rule-tests</c>) among the given files
/// and directories, and — when a directory holds standards of its own (e.g. <c>inclusion test standards</c>) — that
/// directory as the catalog under test, so edits are tested before they are embedded.
/// </summary>
internal static partial class RuleTestFiles
{
    /// <summary>Files named explicitly, plus every rule-test file under the named directories, in ordinal order.</summary>
    public static List<string> Find(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.yaml", SearchOption.AllDirectories).Where(IsRuleTestFile).Order(StringComparer.Ordinal)
                : [p])
            .ToList();

    /// <summary>
    /// The first given directory that contains standards files outside the folders the loader skips
    /// (tests, examples, mappings); <see langword="null"/> when none does (then the embedded standards are used).
    /// </summary>
    public static string? StandardsDirectoryAmong(IEnumerable<string> paths)
    {
        var skipped = new LoaderOptions().SkipFolders;
        foreach (var dir in paths.Where(Directory.Exists))
        {
            var full = Path.GetFullPath(dir);
            var hasStandards = Directory.EnumerateFiles(full, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/').Split('/'))
                .Any(parts => !parts[..^1].Any(skipped.Contains));
            if (hasStandards)
            {
                return dir;
            }
        }

        return null;
    }

    private static bool IsRuleTestFile(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            for (var i = 0; i < 200 && reader.ReadLine() is { } line; i++)
            {
                if (KindLine().IsMatch(line))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            return true; // let the loader report it with a diagnostic
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^kind:\s*['""]?rule-tests['""]?\s*(#.*)?$")]
    private static partial Regex KindLine();
}
