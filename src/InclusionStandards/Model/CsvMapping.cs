using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: csv-mapping</c> file (under <c>standards/mappings/</c>; not part of the catalog): one CSV row → one organisation's evidence for one period. Immutable.</summary>
public sealed record CsvMapping
{
    /// <summary>The kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The file it was loaded from.</summary>
    public required string File { get; init; }

    /// <summary>Organisation fields (<c>odsCode</c>, <c>name</c>, <c>type</c>) ← columns.</summary>
    public required ImmutableDictionary<string, CsvColumnMapping> Organisation { get; init; }

    /// <summary>The period mapping.</summary>
    public required CsvPeriodMapping Period { get; init; }

    /// <summary>Evidence paths (dotted, e.g. <c>staffSurvey.discriminationInternal.rate</c>) ← columns.</summary>
    public required ImmutableDictionary<string, CsvColumnMapping> Evidence { get; init; }

    /// <summary>Where the document starts.</summary>
    public required SourceLocation Location { get; init; }
}
