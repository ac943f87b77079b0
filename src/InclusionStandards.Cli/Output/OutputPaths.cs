using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Output;

/// <summary>
/// The checks every output path of the tool goes through (<c>--out</c> files and directories): not empty, not longer
/// than the system allows, never an input of the same run (compared after resolving links), never inside a folder
/// the run reads as evidence when it has an evidence extension (the next run would read the results as evidence), and
/// never a symbolic link, FIFO, device or socket (replacing it would destroy the node or write through the link).
/// </summary>
internal static class OutputPaths
{
    private const int MaxPath = 4096;
    private const int MaxName = 255;
    private static readonly string[] EvidenceExtensions = [".yaml", ".yml", ".json", ".csv"];

    /// <summary>Throws <see cref="OutputException"/> when the file <paramref name="path"/> must not be written.</summary>
    /// <param name="path">The output file as given.</param>
    /// <param name="inputs">The files and folders the same run reads.</param>
    public static void CheckFile(string path, IEnumerable<string> inputs)
    {
        var full = Full(path, "--out");
        var shown = DiagnosticText.Escape(path);
        var kind = Kind(full);
        if (kind is "a directory")
        {
            throw new OutputException(CliCodes.OutPathUnusable, $"--out '{shown}' is a directory; give the name of the file to write. Nothing was written.");
        }

        if (kind is not null)
        {
            throw new OutputException(CliCodes.OutputRefused, $"--out '{shown}' is {kind}; it is not replaced. Write to a regular file. Nothing was written.");
        }

        var target = Resolve(full);
        foreach (var input in inputs.Where(i => !string.IsNullOrEmpty(i)))
        {
            string inputFull;
            try
            {
                inputFull = Resolve(Path.GetFullPath(input));
            }
            catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
            {
                continue;
            }

            if (string.Equals(inputFull, target, StringComparison.Ordinal))
            {
                throw new OutputException(CliCodes.OutputRefused, $"--out '{shown}' is an input of this run ('{DiagnosticText.Escape(input)}'); it would be overwritten. Nothing was written.");
            }

            if (Directory.Exists(inputFull) && IsInside(target, inputFull) && EvidenceExtensions.Contains(Path.GetExtension(target).ToLowerInvariant()))
            {
                throw new OutputException(CliCodes.OutputRefused,
                    $"--out '{shown}' is inside '{DiagnosticText.Escape(input)}', which this run reads: the next run would read the results as input. Write them elsewhere. Nothing was written.");
            }
        }

        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            throw new OutputException(CliCodes.OutPathUnusable, $"the --out directory '{DiagnosticText.Escape(dir)}' does not exist (or is not a directory); nothing was written.");
        }
    }

    /// <summary>Checks an output directory (creating it when missing); throws <see cref="OutputException"/> when it cannot be one.</summary>
    /// <param name="path">The directory as given.</param>
    public static void PrepareDirectory(string path)
    {
        var full = Full(path, "--out");
        var shown = DiagnosticText.Escape(path);
        var kind = Kind(full) ?? (File.Exists(full) ? "a file" : null);
        if (kind is not null && kind != "a directory")
        {
            throw new OutputException(CliCodes.OutPathUnusable, $"--out '{shown}' is {kind}, not a directory; give a directory to write the files into. Nothing was written.");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException(CliCodes.OutputUnwritable, $"--out '{shown}' cannot be created: {DiagnosticText.Escape(e.Message)}");
        }
    }

    /// <summary>The full path; empty, too long or malformed paths are refused.</summary>
    private static string Full(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputException(CliCodes.OutputRefused, $"{option} is empty; give a path. Nothing was written.");
        }

        if (path.Contains('\0', StringComparison.Ordinal) || path.Length > MaxPath || path.Split('/', '\\').Any(p => System.Text.Encoding.UTF8.GetByteCount(p) > MaxName))
        {
            throw new OutputException(CliCodes.OutputRefused, $"{option} '{DiagnosticText.Escape(path.Length > 200 ? path[..200] + "…" : path)}' is not a usable path (too long, a name over {MaxName} bytes, or a NUL). Nothing was written.");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputException(CliCodes.OutputRefused, $"{option} '{DiagnosticText.Escape(path)}' is not a usable path: {DiagnosticText.Escape(e.Message)}");
        }
    }

    /// <summary>What an existing entry is when it is not a regular file (a link is named as one, not followed); null for a regular file or nothing.</summary>
    internal static string? Kind(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            return $"a symbolic link (to '{DiagnosticText.Escape(info.LinkTarget)}')";
        }

        if (Directory.Exists(full))
        {
            return "a directory";
        }

        return info.Exists ? Loading.TextFile.KindOfPath(full) : null;
    }

    private static string Resolve(string full)
    {
        try
        {
            // Resolve every link along the path, so two spellings of one file compare equal.
            var dir = Path.GetDirectoryName(full);
            var resolvedDir = dir is null ? null : new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir;
            var name = Path.GetFileName(full);
            var joined = resolvedDir is null ? full : Path.Combine(resolvedDir, name);
            return new FileInfo(joined).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? joined;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static bool IsInside(string path, string directory) =>
        path.StartsWith(directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
