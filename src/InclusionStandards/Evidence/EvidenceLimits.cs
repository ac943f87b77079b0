namespace InclusionStandards.Evidence;

/// <summary>Limits against hostile or runaway evidence input. Immutable; the defaults suit real organisations.</summary>
public sealed record EvidenceLimits
{
    /// <summary>The default limits.</summary>
    public static EvidenceLimits Default { get; } = new();

    /// <summary>The largest evidence file, in bytes. Default 16 MiB.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists. Default 32.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The longest list. Default 100,000 elements.</summary>
    public int MaxListLength { get; init; } = 100_000;

    /// <summary>The most YAML nodes read from one file, counting every use of an alias. Default 2,000,000.</summary>
    public int MaxNodes { get; init; } = 2_000_000;

    /// <summary>
    /// The longest single value (a name, a code, a free-text answer), in characters. Default 10,000: the longest real
    /// value is a few hundred characters; a megabyte-long name is an error, and would be copied into every report.
    /// </summary>
    public int MaxValueLength { get; init; } = 10_000;

    /// <summary>The largest CSV file, in bytes, counted as it is read (rows before the limit are still evaluated). Default 512 MiB.</summary>
    public long MaxCsvBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The longest CSV row, in bytes. Default 1 MiB.</summary>
    public int MaxCsvRowBytes { get; init; } = 1024 * 1024;
}
