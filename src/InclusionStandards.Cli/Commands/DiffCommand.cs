using InclusionStandards.Validation;
using System.CommandLine;
using InclusionStandards.Cli.Output;
using InclusionStandards.Loading;

namespace InclusionStandards.Cli.Commands;

/// <summary><c>inclusion diff OLD NEW</c>: added, removed and changed standards, criteria and thresholds.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldPath = new Argument<string>("old") { Description = "The old standards directory or file." };
        var newPath = new Argument<string>("new") { Description = "The new standards directory or file." };
        var command = new Command("diff", "Show what changed between two versions of the standards; warns when a standard changed without a version bump.") { oldPath, newPath };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = new LoaderOptions { CheckConditions = false };
            var old = StandardsLoader.LoadPaths([parse.GetValue(oldPath)!], options);
            var @new = StandardsLoader.LoadPaths([parse.GetValue(newPath)!], options);
            // A file that cannot be read or has no kind would show as its standard "removed": refuse rather than mislead.
            if (old.Files.IsEmpty || @new.Files.IsEmpty || old.Diagnostics.Concat(@new.Diagnostics).Any(Unreadable))
            {
                DiagnosticWriter.WriteText(parse.InvocationConfiguration.Error, [.. old.Diagnostics, .. @new.Diagnostics], 0);
                return ExitCodes.BadInput;
            }

            var (changes, warnings) = CatalogDiff.Compare(old.Catalog, @new.Catalog);
            foreach (var line in warnings.Concat(changes))
            {
                output.WriteLine(line);
            }

            output.WriteLine($"{changes.Count} change(s), {warnings.Count} warning(s).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool Unreadable(Diagnostics.Diagnostic d) =>
        d.IsError && (d.Code.StartsWith("STD00", StringComparison.Ordinal) || d.Code == Diagnostics.DiagnosticCodes.UnknownKind);
}
