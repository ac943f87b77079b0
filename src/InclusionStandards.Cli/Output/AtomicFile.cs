using System.Text;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Output;

/// <summary>
/// Writes a file atomically: to a temporary file beside it, then renamed over the target, so readers never see half a
/// file. The directory must exist. The target must be a regular file or absent (a link, FIFO or device is refused,
/// <see cref="OutputPaths"/>); an existing target's permissions are kept (the temporary file is created with them, so
/// results readable only by their owner stay so). When writing throws or returns false, the temporary file is
/// deleted and the target (if any) is left as it was; a failure the system reports becomes <see cref="OutputException"/>.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Func<TextWriter, bool> write)
    {
        var full = Path.GetFullPath(path);
        if (OutputPaths.Kind(full) is { } kind)
        {
            throw new OutputException(kind == "a directory" ? CliCodes.OutPathUnusable : CliCodes.OutputRefused, $"'{DiagnosticText.Escape(path)}' is {kind}; it is not replaced. Nothing was written.");
        }

        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows() && File.Exists(full))
        {
            options.UnixCreateMode = File.GetUnixFileMode(full); // a new file gets the usual mode (the umask applies)
        }

        try
        {
            bool commit;
            using (var writer = new StreamWriter(temp, new UTF8Encoding(false), options))
            {
                writer.NewLine = "\n";
                commit = write(writer);
            }

            if (commit)
            {
                File.Move(temp, full, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(CliCodes.OutputUnwritable, $"'{DiagnosticText.Escape(path)}' cannot be written: {DiagnosticText.Escape(e.Message)} Nothing was written.");
        }
        finally
        {
            try
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the original error is the one reported.
            }
        }
    }

    /// <summary>Writes text atomically.</summary>
    public static void WriteText(string path, string text) => Write(path, w =>
    {
        w.Write(text);
        return true;
    });
}
