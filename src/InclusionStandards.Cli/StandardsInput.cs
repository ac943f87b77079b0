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
}
