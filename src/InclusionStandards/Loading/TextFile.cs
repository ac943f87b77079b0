using System.Runtime.InteropServices;
using System.Text;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading;

/// <summary>
/// Reads input text safely: only regular files (a FIFO, a device such as <c>/dev/zero</c>, a socket — also through a
/// symbolic link — is refused before it is opened, so nothing blocks or streams forever); never more than the byte
/// limit, counted as bytes are read (not trusted from the file's reported length, which is 0 for devices and
/// <c>/proc</c> files); strictly UTF-8 (an invalid byte is reported at its line and column). A byte-order mark is dropped.
/// </summary>
public static class TextFile
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The path (named as given in messages, with control characters escaped).</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    public static TextFileResult Read(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var shown = DiagnosticText.Escape(path);
        try
        {
            if (path.Length == 0)
            {
                return TextFileResult.Fail(TextFileProblem.Missing, "The path is empty.");
            }

            if (Directory.Exists(path))
            {
                return TextFileResult.Fail(TextFileProblem.NotAFile, $"'{shown}' is a directory, not a file.");
            }

            if (!File.Exists(path))
            {
                return TextFileResult.Fail(TextFileProblem.Missing, $"'{shown}' does not exist.");
            }

            if (KindOf(path) is { } special)
            {
                return TextFileResult.Fail(TextFileProblem.NotAFile, $"'{shown}' is {special}, not a regular file; it is not read.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return Read(stream, maxBytes, shown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return TextFileResult.Fail(TextFileProblem.Unreadable, $"'{shown}' cannot be read: {DiagnosticText.Escape(e.Message)}");
        }
    }

    /// <summary>Opens a regular file for reading; a FIFO, device or socket is refused (<see cref="IOException"/>) before it is opened.</summary>
    /// <param name="path">The path.</param>
    public static FileStream OpenRegular(string path)
    {
        if (KindOf(path) is { } special)
        {
            throw new IOException($"'{DiagnosticText.Escape(path)}' is {special}, not a regular file; it is not read.");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    /// <summary>Reads a stream (e.g. a request body) to its end or the byte limit, whichever comes first.</summary>
    /// <param name="stream">The stream; read from its current position, not closed.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="name">What the stream is, for messages.</param>
    public static TextFileResult Read(Stream stream, long maxBytes, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                return TextFileResult.Fail(TextFileProblem.TooLarge, $"{name} is larger than the limit of {Bytes(maxBytes)} bytes; it is not read.");
            }
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
    }

    /// <summary>Reads a stream asynchronously (e.g. an HTTP request body, chunked or not) to its end or the byte limit.</summary>
    /// <param name="stream">The stream; read from its current position, not closed.</param>
    /// <param name="maxBytes">The most bytes accepted; one more byte ends the read with <see cref="TextFileProblem.TooLarge"/>.</param>
    /// <param name="name">What the stream is, for messages.</param>
    /// <param name="encoding">The declared encoding (e.g. UTF-16); null for UTF-8. Either way, invalid bytes are refused, never replaced.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<TextFileResult> ReadAsync(Stream stream, long maxBytes, string name, Encoding? encoding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                return TextFileResult.Fail(TextFileProblem.TooLarge, $"{name} is larger than the limit of {Bytes(maxBytes)} bytes; it is not read.");
            }
        }

        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
        }

        try
        {
            var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return new TextFileResult(strict.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'), TextFileProblem.None, null, 0, 0);
        }
        catch (DecoderFallbackException e)
        {
            return TextFileResult.Fail(TextFileProblem.NotUtf8, $"{name} is not valid {encoding.WebName}: the bytes at offset {e.Index} start no valid character.");
        }
    }

    /// <summary>Decodes bytes as strict UTF-8 (a leading byte-order mark is dropped); an invalid byte is reported where it is.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="name">What they are, for messages.</param>
    public static TextFileResult Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                // A second mark is no mark but a character before the first key, which readers would drop silently.
                return new TextFileResult(null, TextFileProblem.NotUtf8, $"{name} starts with two byte-order marks; save it as UTF-8 with one (or none).", 1, 1);
            }
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new TextFileResult(Encoding.UTF8.GetString(bytes), TextFileProblem.None, null, 0, 0);
        }

        // Find the first invalid sequence: the longest valid prefix.
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        _ = status;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < read; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..read]) + 1;
        return new TextFileResult(null, TextFileProblem.NotUtf8,
            $"{name} is not valid UTF-8: the byte 0x{bytes[read]:X2} at line {line}, column {column} (byte {read}) starts no valid character. Save the file as UTF-8.", line, column);
    }

    /// <summary>What a path that is not a regular file is (following links): "a named pipe (FIFO)", "a character device"…; null for a regular file or where this cannot be told.</summary>
    /// <param name="path">The path.</param>
    public static string? KindOfPath(string path) => KindOf(path);

    internal static string? KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new byte[512];
        if (SystemNativeStat(path, status) != 0)
        {
            return null; // the open that follows reports the error
        }

        var mode = BitConverter.ToInt32(status, 4) & 0xF000;
        return mode switch
        {
            0x8000 => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a directory",
            _ => "a special file",
        };
    }

    // The runtime's own portable stat (System.Native ships with every .NET on Unix): Mode is the second 32-bit field, with
    // the POSIX S_IFMT bits. Public .NET APIs tell directories and links apart but not pipes or devices.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    private static string Bytes(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
