using System.Buffers;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// Evaluates a batch in two passes with flat memory: the first evaluates in parallel, serialising each assessment on
/// the thread that evaluated it into a spill file and keeping only its <see cref="AssessmentDigest"/>; once every
/// organisation is known, trends (same ODS code, earlier period, in the batch or the history) and peer groups (same
/// type and period end) are computed from the digests, and the second pass reads the records back in input order,
/// appending each one's trend and peers.
/// </summary>
internal sealed class BatchPipeline : IDisposable
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly FileStream _spill;
    private readonly List<BatchEntry> _entries = [];
    private readonly List<RejectedInput> _rejected = [];
    private readonly List<(string, Diagnostic)> _warnings = [];
    private Dictionary<BatchEntry, AssessmentTrend>? _trends;
    private IReadOnlyDictionary<AssessmentDigest, PeerComparison>? _peers;

    private BatchPipeline()
    {
        _spill = new FileStream(Path.Combine(Path.GetTempPath(), $"inclusion-batch-{Guid.NewGuid():N}.jsonl"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
    }

    /// <summary>The organisations evaluated, in input order.</summary>
    public IReadOnlyList<BatchEntry> Entries => _entries;

    /// <summary>The warnings of the inputs that were evaluated, with each input, in input order.</summary>
    public IReadOnlyList<(string Source, Diagnostic Warning)> Warnings => _warnings;

    /// <summary>The inputs that were not evaluated, in input order.</summary>
    public IReadOnlyList<RejectedInput> Rejected => _rejected;

    /// <summary>Evaluates <paramref name="inputs"/>; each input's diagnostics and, when rejected, a line saying so go to <paramref name="error"/>.</summary>
    public static BatchPipeline Run(BatchEvaluator batch, IEnumerable<EvidenceReadResult> inputs, DateOnly? date, IReadOnlyList<AssessmentDigest> history, Action? tick, TextWriter error, bool outDir = false)
    {
        var pipeline = new BatchPipeline();
        try
        {
            var groups = new WarningGroups(error);
            var results = batch.Evaluate(inputs, date, (r, doc) =>
                (r.Source, r.Diagnostics, Digest: r.Assessment is { } a ? AssessmentDigest.From(a, doc) : null, Spilled: r.Assessment is { } b ? pipeline.Spill(WithWarnings(b, r.Diagnostics)) : default), tick);
            foreach (var (source, diagnostics, digest, spilled) in results)
            {
                foreach (var d in diagnostics)
                {
                    groups.Write(d);
                }

                if (digest is null)
                {
                    var row = diagnostics.Select(d => d.Location).FirstOrDefault(l => l is not null && l.Line > 1 && l.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
                    var at = row is null ? source : $"{row.File}:{row.Line}";
                    error.WriteLine(row is null
                        ? $"{source}: not evaluated (bad evidence)."
                        : $"{at}: row skipped (bad evidence); the file's other rows are evaluated.");
                    pipeline._rejected.Add(new RejectedInput(at, diagnostics));
                    continue;
                }

                pipeline._entries.Add(new BatchEntry(source, digest, spilled.Offset, spilled.Length));
                pipeline._warnings.AddRange(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => (source, d)));
            }

            groups.Finish(outDir);

            pipeline.Compare(history);
            return pipeline;
        }
        catch
        {
            pipeline.Dispose();
            throw;
        }
    }

    /// <summary>The trend of an entry, when an earlier period of the same organisation was given.</summary>
    public AssessmentTrend? TrendOf(BatchEntry entry) => _trends!.GetValueOrDefault(entry);

    /// <summary>The peer comparison of an entry, when its group is large enough.</summary>
    public PeerComparison? PeersOf(BatchEntry entry) => _peers!.GetValueOrDefault(entry.Digest);

    /// <summary>
    /// Each entry with its compact results record (trend and peers appended), in input order. The record's bytes are
    /// valid until the next one is read (one buffer is reused, so no large array is made per organisation).
    /// </summary>
    public IEnumerable<(BatchEntry Entry, ReadOnlyMemory<byte> Record)> Records()
    {
        _spill.Flush();
        var buffer = Array.Empty<byte>();
        var record = new ArrayBufferWriter<byte>();
        foreach (var e in _entries)
        {
            if (buffer.Length < e.Length)
            {
                buffer = new byte[Math.Max(e.Length, buffer.Length * 2)];
            }

            _spill.Position = e.Offset;
            _spill.ReadExactly(buffer, 0, e.Length);
            record.ResetWrittenCount();
            AssessmentJson.AppendTrendAndPeers(buffer.AsSpan(0, e.Length), TrendOf(e), PeersOf(e), record);
            yield return (e, record.WrittenMemory);
        }
    }

    /// <summary>Each entry with its assessment (trend and peers included), in input order.</summary>
    public IEnumerable<(BatchEntry Entry, Assessment Assessment)> Assessments() =>
        Records().Select(r => (r.Entry, AssessmentJson.Deserialize(System.Text.Encoding.UTF8.GetString(r.Record.Span))));

    /// <inheritdoc/>
    public void Dispose() => _spill.Dispose();

    /// <summary>The assessment with the warnings its input raised (the results keep every one; stderr shows the first few).</summary>
    private static Assessment WithWarnings(Assessment assessment, System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning)
            ? assessment with { Warnings = [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => new InputWarning(d.Code, d.Message, d.Location?.ToString()))] }
            : assessment;

    /// <summary>
    /// Serialises an assessment on the calling (worker) thread into that thread's buffer and appends it to the spill
    /// file; where it went. No array per organisation: a record is often over the large-object threshold, and one
    /// such array per organisation made the collector run full collections.
    /// </summary>
    private (long Offset, int Length) Spill(Assessment assessment)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(128 * 1024);
        buffer.ResetWrittenCount();
        AssessmentJson.SerializeCompact(assessment, buffer);
        lock (_spill)
        {
            var offset = _spill.Position;
            _spill.Write(buffer.WrittenSpan);
            return (offset, buffer.WrittenCount);
        }
    }

    private void Compare(IReadOnlyList<AssessmentDigest> history)
    {
        var byCode = history.Concat(_entries.Select(e => e.Digest)).ToLookup(d => d.Organisation.OdsCode, StringComparer.OrdinalIgnoreCase);
        _trends = new Dictionary<BatchEntry, AssessmentTrend>(ReferenceEqualityComparer.Instance);
        foreach (var e in _entries)
        {
            if (Trends.Previous(e.Digest, byCode[e.Digest.Organisation.OdsCode]) is { } previous)
            {
                _trends[e] = Trends.Compare(previous, e.Digest);
            }
        }

        _peers = PeerGroups.Build(_entries.Select(e => e.Digest));
    }
}
