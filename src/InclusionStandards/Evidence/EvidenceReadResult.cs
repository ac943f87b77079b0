using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Evidence;

/// <summary>The result of reading an evidence file: the document when it is usable, and the sorted diagnostics. Immutable.</summary>
/// <param name="Document">The evidence, or <see langword="null"/> when any error was found.</param>
/// <param name="Diagnostics">All problems found, sorted by location.</param>
public sealed record EvidenceReadResult(EvidenceDocument? Document, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when there is a document and no error.</summary>
    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.IsError);
}
