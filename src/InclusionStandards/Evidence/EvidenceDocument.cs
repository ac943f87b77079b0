using System.Collections.Immutable;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <summary>
/// One organisation's evidence for one period, validated against the catalog's evidence schema. Immutable and
/// thread-safe; evaluate it with <c>Evaluator</c>.
/// </summary>
public sealed record EvidenceDocument
{
    /// <summary>Where it came from: a file path as given, or <c>file.csv:row N</c> for a CSV row.</summary>
    public required string Source { get; init; }

    /// <summary>The organisation.</summary>
    public required OrganisationInfo Organisation { get; init; }

    /// <summary>The period the evidence covers.</summary>
    public required AssessmentPeriod Period { get; init; }

    /// <summary>The assessment date the file gives, if any (the caller may override it).</summary>
    public DateOnly? AssessmentDate { get; init; }

    /// <summary>The whole evidence as one record of the schema's root type (<c>Evidence</c>): organisation, period, root fields.</summary>
    public required Record Root { get; init; }

    /// <summary>The records of each root list field (e.g. <c>boardMembers</c>), by field name, in file order.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<Record>> Elements { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<Record>>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The dates read from the evidence section, where they were written (for the dated-after checks).</summary>
    internal ImmutableArray<(DateTimeOffset Value, Diagnostics.SourceLocation Location, string Path)> EvidenceDates { get; init; } = [];
}
