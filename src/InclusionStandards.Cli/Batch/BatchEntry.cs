using InclusionStandards.Assessments;

namespace InclusionStandards.Cli.Batch;

/// <summary>One evaluated organisation and period of a batch: its digest and where its results record is spilled.</summary>
/// <param name="Source">The input (a file, or <c>file.csv:line</c>).</param>
/// <param name="Digest">What trends, peers, the index and the summary read.</param>
/// <param name="Offset">The record's first byte in the spill file.</param>
/// <param name="Length">The record's length in bytes.</param>
internal sealed record BatchEntry(string Source, AssessmentDigest Digest, long Offset, int Length);
