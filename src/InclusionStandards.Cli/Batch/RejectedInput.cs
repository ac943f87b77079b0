using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Batch;

/// <summary>An input of a batch that was not evaluated, with the diagnostics that stopped it.</summary>
/// <param name="Source">The file, or <c>file.csv:line</c> for one row of a CSV file.</param>
/// <param name="Diagnostics">Why (errors and warnings).</param>
internal sealed record RejectedInput(string Source, ImmutableArray<Diagnostic> Diagnostics);
