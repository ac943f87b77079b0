using System.Text;
using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;

namespace InclusionStandards.Loading;

/// <summary>A file to load: a display name and a way to open it, read with the size limit checked first.</summary>
internal sealed record InputFile(string Name, Func<Stream> Open)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InputFile FromPath(string path) => new(path, () => File.OpenRead(path));

    /// <summary>Reads the text (canonical: no BOM, LF), or reports why not and returns null.</summary>
    public string? ReadText(LoaderLimits limits, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(Name, 1, 1);
        try
        {
            using var stream = Open();
            if (stream.CanSeek && stream.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileTooLarge,
                    $"The file is {stream.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0}.", at));
                return null;
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > limits.MaxFileBytes)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileTooLarge, $"The file is larger than the limit of {limits.MaxFileBytes:N0} bytes.", at));
                    return null;
                }

                buffer.Write(chunk, 0, n);
            }

            return ContentHash.Canonical(Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, "The file is not valid UTF-8.", at));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"Cannot read the file: {e.Message}", at));
        }

        return null;
    }
}
