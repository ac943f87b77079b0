using System.Collections.Immutable;
using InclusionStandards.Assessments;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Assessments;

/// <summary>The result for one input of a batch: an assessment, or the diagnostics that stopped it. Immutable.</summary>
/// <param name="Index">The input's position in the batch (results come back in this order).</param>
/// <param name="Source">The input (a file path, or <c>file.csv:line</c>).</param>
/// <param name="Assessment">The assessment; <see langword="null"/> when the evidence was bad.</param>
/// <param name="Diagnostics">Problems with the evidence (errors and warnings), sorted.</param>
public sealed record BatchResult(int Index, string Source, Assessment? Assessment, ImmutableArray<Diagnostic> Diagnostics);
