using InclusionStandards.Validation;
using System.Collections.Immutable;

namespace InclusionStandards.Loading;

/// <summary>Options for <see cref="StandardsLoader"/>. Immutable.</summary>
public sealed record LoaderOptions
{
    /// <summary>The defaults: <see cref="LoaderLimits.Default"/>, skipping <c>tests</c>, <c>examples</c> and <c>mappings</c>.</summary>
    public static LoaderOptions Default { get; } = new();

    /// <summary>Limits against hostile input.</summary>
    public LoaderLimits Limits { get; init; } = LoaderLimits.Default;

    /// <summary>
    /// Folder names skipped when reading a directory (at any depth); default <c>tests</c>, <c>examples</c>,
    /// <c>mappings</c>. Files named explicitly are always read.
    /// </summary>
    public ImmutableArray<string> SkipFolders { get; init; } = ["tests", "examples", "mappings"];

    /// <summary>Whether to type-check conditions against the evidence schema (the last validation stage); default true.</summary>
    public bool CheckConditions { get; init; } = true;
}
