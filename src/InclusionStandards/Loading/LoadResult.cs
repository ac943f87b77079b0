using InclusionStandards.Validation;
using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Loading;

/// <summary>
/// What <see cref="StandardsLoader"/> read: the catalog, any rule-test and CSV-mapping files, and every diagnostic,
/// sorted. When <see cref="HasErrors"/> is true the catalog holds only what could be read and must not be used to
/// assess anyone. Immutable.
/// </summary>
public sealed record LoadResult
{
    /// <summary>The catalog of the standards read (partial when <see cref="HasErrors"/>).</summary>
    public required StandardsCatalog Catalog { get; init; }

    /// <summary>Rule-test files read (<c>kind: rule-tests</c>).</summary>
    public ImmutableArray<RuleTestFile> RuleTests { get; init; } = ImmutableArray<RuleTestFile>.Empty;

    /// <summary>CSV mappings read (<c>kind: csv-mapping</c>).</summary>
    public ImmutableArray<CsvMapping> CsvMappings { get; init; } = ImmutableArray<CsvMapping>.Empty;

    /// <summary>All diagnostics, sorted by file, line, column and code.</summary>
    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The files read, in order (paths or resource names).</summary>
    public ImmutableArray<string> Files { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Returns the catalog, or throws when there are errors.</summary>
    /// <exception cref="StandardsLoadException">Loading reported errors.</exception>
    public StandardsCatalog EnsureValid() => HasErrors ? throw new StandardsLoadException(Diagnostics) : Catalog;
}
