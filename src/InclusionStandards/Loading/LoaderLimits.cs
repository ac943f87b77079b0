namespace InclusionStandards.Loading;

/// <summary>
/// Limits that protect the loader from hostile or accidental huge input. Each limit, when exceeded, ends loading of
/// that file with a diagnostic. Immutable.
/// </summary>
public sealed record LoaderLimits
{
    /// <summary>The default limits: 10 MB per file, depth 64, 100,000 nodes (aliases counted in full).</summary>
    public static LoaderLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes; default 10 MB. Checked before reading.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists accepted; default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The most nodes a file may contain, with every alias counted as the full size of what it refers to (so an
    /// alias bomb is refused without being expanded); default 100,000.
    /// </summary>
    public long MaxNodes { get; init; } = 100_000;
}
