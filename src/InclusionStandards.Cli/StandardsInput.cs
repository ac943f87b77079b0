using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;
using System.CommandLine;
using InclusionStandards.Loading;

namespace InclusionStandards.Cli;

/// <summary>Shared handling of the standards paths arguments: the given files and directories, or the embedded standards.</summary>
internal static class StandardsInput
{
    public static Argument<string[]> PathsArgument(string description = "Standards files or directories (default: the standards embedded in the tool).") =>
        new("paths") { Description = description, Arity = ArgumentArity.ZeroOrMore };

    public static LoadResult Load(IReadOnlyList<string>? paths, LoaderOptions? options = null) =>
        paths is { Count: > 0 } ? StandardsLoader.LoadPaths(paths, options) : StandardsLoader.LoadEmbedded(options);

    /// <summary>
    /// One line when standards given on the command line loaded with warnings (an ignored tag, a citation without a
    /// section…): each is a located diagnostic that <c>validate</c> prints; commands that only use the standards count
    /// them by code, so that nothing the loader set aside passes unnoticed, without repeating them on every run.
    /// </summary>
    public static void WarnOfWarnings(IReadOnlyList<string>? paths, LoadResult load, TextWriter error)
    {
        var warnings = load.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        if (paths is not { Count: > 0 } || warnings.Count == 0)
        {
            return;
        }

        var byCode = string.Join(", ", warnings.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} \u00d7{g.Count()}"));
        var named = string.Join(" ", paths.Select(DiagnosticText.Escape));
        error.WriteLine($"The standards loaded with {warnings.Count} warning(s) ({byCode}); `inclusion validate {named}` lists them.");
    }
}
