using System.Text;

namespace InclusionStandards.Cli.Batch;

/// <summary>Writes UTF-8 bytes to a text writer without making one large string: straight to the stream under a UTF-8 <see cref="StreamWriter"/>, else decoded in pieces.</summary>
internal sealed class Utf8Text(TextWriter writer)
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly char[] _chars = new char[16 * 1024];

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding utf8 } sw && utf8.GetPreamble().Length == 0)
        {
            sw.Flush();
            sw.BaseStream.Write(bytes);
            return;
        }

        while (!bytes.IsEmpty)
        {
            _decoder.Convert(bytes, _chars, flush: false, out var used, out var produced, out _);
            writer.Write(_chars, 0, produced);
            bytes = bytes[used..];
        }
    }
}
