using System.Text;
using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;

namespace InclusionStandards.Loading;

/// <summary>A file to load: a display name and a way to open it, read with the size limit counted as bytes arrive; only regular files are opened.</summary>
internal sealed record InputFile(string Name, Func<Stream> Open)
{
    public static InputFile FromPath(string path) => new(path, () => TextFile.OpenRegular(path));

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

            var read = TextFile.Read(stream, limits.MaxFileBytes, "The file");
            if (read.Succeeded)
            {
                return ContentHash.Canonical(read.Text!);
            }

            diagnostics.Add(Diagnostic.Error(read.Problem == TextFileProblem.TooLarge ? DiagnosticCodes.FileTooLarge : DiagnosticCodes.FileUnreadable,
                read.Message!, read.Line > 0 ? new SourceLocation(Name, read.Line, read.Column) : at));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"Cannot read the file: {DiagnosticText.Escape(e.Message)}", at));
        }

        return null;
    }
}
