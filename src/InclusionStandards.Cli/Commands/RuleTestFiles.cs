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
    /// <summary>Sub-folders are walked, but not through symbolic links (a link to a parent or to / would never end), 16 levels at most, past unreadable ones.</summary>
    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        MaxRecursionDepth = 16,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    /// <summary>Files named explicitly, plus every rule-test file under the named directories, in ordinal order.</summary>
    public static List<string> Find(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.yaml", FolderWalk).Where(IsRuleTestFile).Order(StringComparer.Ordinal)
                : [p])
            .ToList();

    /// <summary>
    /// The catalog the given tests belong to: the first given directory that contains standards files (YAML other
    /// than rule tests) outside the folders the loader skips (tests, examples, mappings) — or, for a rule-test folder
    /// or file inside such a skipped folder (<c>standards/tests</c>), the standards folder around it, so that edited
    /// standards are what the tests run against. <see langword="null"/> when there is none (then the embedded standards
    /// are used).
    /// </summary>
    public static string? StandardsDirectoryAmong(IEnumerable<string> paths)
    {
        var skipped = new LoaderOptions().SkipFolders;
        foreach (var path in paths)
        {
            if (Directory.Exists(path) && HasStandards(path, skipped))
            {
                return path;
            }

            // A tests folder, or a file in one: the standards folder around it (a file's own folder is never scanned
            // as a catalog: it may be any folder).
            var dir = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null && skipped.Contains(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)))
                && Path.GetDirectoryName(dir) is { } parent && HasStandards(parent, skipped))
            {
                return parent;
            }
        }

        return null;
    }

    private static bool HasStandards(string dir, System.Collections.Immutable.ImmutableArray<string> skipped)
    {
        var full = Path.GetFullPath(dir);
        return Directory.EnumerateFiles(full, "*.yaml", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => !Path.GetRelativePath(full, f).Replace('\\', '/').Split('/')[..^1].Any(skipped.Contains))
            .Any(f => !IsRuleTestFile(f)); // a folder of rule tests alone is not a catalog
    }

    private static bool IsRuleTestFile(string file)
    {
        try
        {
            using var reader = new StreamReader(TextFile.OpenRegular(file)); // a FIFO or device is refused, not waited on
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
