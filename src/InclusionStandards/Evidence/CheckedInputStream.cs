using System.Text;

namespace InclusionStandards.Evidence;

/// <summary>
/// A read-only stream over another that stops at a byte limit and at the first byte that is not UTF-8, counting lines
/// as it goes, so a reader on top of it (the CSV reader) never sees more than the limit nor a replaced character.
/// Either problem throws <see cref="InvalidDataException"/> with <see cref="Problem"/> set.
/// </summary>
internal sealed class CheckedInputStream(Stream inner, long maxBytes) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];
    private long _read;
    private int _line = 1;

    /// <summary>What stopped the stream, with the line it was found on; null while none did.</summary>
    public (string Message, int Line)? Problem { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, (int)Math.Min(count, maxBytes + 1 - _read));
        if (n == 0)
        {
            return 0;
        }

        _read += n;
        if (_read > maxBytes)
        {
            Stop($"The file is larger than the limit of {maxBytes:N0} bytes; it is not read further.");
        }

        try
        {
            if (_chars.Length < n + 4)
            {
                _chars = new char[n + 4];
            }

            _decoder.GetChars(buffer, offset, n, _chars, 0, flush: false);
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.Index >= 0 && e.Index < n ? e.Index : 0;
            CountLines(buffer, offset, bad);
            Stop($"The file is not valid UTF-8: a byte on this line starts no valid character (byte {_read - n + bad}). Save the file as UTF-8.");
        }

        CountLines(buffer, offset, n);
        return n;
    }

    private void CountLines(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (buffer[offset + i] == (byte)'\n')
            {
                _line++;
            }
        }
    }

    private void Stop(string message)
    {
        Problem = (message, _line);
        throw new InvalidDataException(message);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
