namespace InclusionStandards.Assessments.Json;

/// <summary>
/// Streams assessments as JSON Lines: one compact results document per line, each ending with <c>\n</c>, in the
/// order written. Suitable for large batches (nothing is buffered beyond the current record). Not thread-safe:
/// one writer per stream; serialise the assessments in parallel if needed and write them from one thread.
/// </summary>
public sealed class AssessmentJsonLinesWriter : IDisposable, IAsyncDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private bool _disposed;

    /// <summary>Writes to <paramref name="writer"/>; its newline setting is ignored (records end with <c>\n</c>).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="leaveOpen">When true, disposing this writer flushes but does not dispose <paramref name="writer"/>.</param>
    public AssessmentJsonLinesWriter(TextWriter writer, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Writes UTF-8 (no byte-order mark) to <paramref name="stream"/>.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="leaveOpen">When true, disposing this writer flushes but does not dispose <paramref name="stream"/>.</param>
    public AssessmentJsonLinesWriter(Stream stream, bool leaveOpen = false)
        : this(new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen), leaveOpen: false)
    {
    }

    /// <summary>How many records have been written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes one assessment as one line.</summary>
    public void Write(Assessment assessment)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(assessment);
        _writer.Write(AssessmentJson.SerializeCompact(assessment));
        _writer.Write('\n');
        Count++;
    }

    /// <summary>Writes one assessment as one line, asynchronously.</summary>
    public async Task WriteAsync(Assessment assessment, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(assessment);
        var line = AssessmentJson.SerializeCompact(assessment) + "\n";
        await _writer.WriteAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        Count++;
    }

    /// <summary>Flushes buffered text to the destination.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Flush();
        if (!_leaveOpen)
        {
            _writer.Dispose();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writer.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
