using System.Text;
using InclusionStandards.Reports;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// Writes <c>evaluate --out-dir DIR</c>: <c>index.html</c>, <c>summary.csv</c> and one report per organisation and
/// period (<c>&lt;odsCode&gt;-&lt;periodEnd&gt;.html</c>). Everything is written into a new folder beside DIR, which
/// then takes DIR's place, so a reader never sees a half-written folder and a rerun replaces the previous run's files
/// instead of mixing with them. An existing DIR is replaced only when it is empty or was written by this command.
/// </summary>
internal static class OutDirWriter
{
    /// <summary>The file whose presence marks a folder as written by <c>--out-dir</c>.</summary>
    public const string Marker = "index.html";

    /// <summary>Null when DIR can be written; else why not (error CLI032).</summary>
    public static string? Check(string dir)
    {
        var shown = Diagnostics.DiagnosticText.Escape(dir);
        string full;
        try
        {
            full = dir.Length == 0 || dir.Contains('\0', StringComparison.Ordinal) ? string.Empty : Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            full = string.Empty;
        }

        if (full.Length == 0 || Path.GetFileName(full).Length == 0)
        {
            // Empty, not a path, or the root folder (replaced as a whole? never).
            return $"error {CliCodes.OutDirUnusable}: --out-dir '{shown}' cannot be the report folder; give a new or empty folder, e.g. --out-dir reports. Nothing was evaluated.";
        }

        if (Output.OutputPaths.Kind(full) is { } kind && kind != "a directory")
        {
            return $"error {CliCodes.OutDirUnusable}: --out-dir '{shown}' is {kind}; give a folder (created if absent). Nothing was evaluated.";
        }

        if (File.Exists(full))
        {
            return $"error {CliCodes.OutDirUnusable}: --out-dir '{shown}' is a file; give a folder (created if absent). Nothing was evaluated.";
        }

        if (Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) is not { } parent || !Directory.Exists(parent))
        {
            return $"error {CliCodes.OutDirUnusable}: the folder that would hold --out-dir '{shown}' does not exist; nothing was evaluated.";
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, Marker)))
        {
            return $"error {CliCodes.OutDirUnusable}: --out-dir '{shown}' is a folder with other files in it (no {Marker} of an earlier run): it would be replaced as a whole, so it is left alone. Give a new or empty folder. Nothing was evaluated.";
        }

        return null;
    }

    /// <summary>Writes the folder; returns how many reports were written.</summary>
    public static int Write(string dir, BatchPipeline batch)
    {
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(staging);
            var reports = ReportNames(batch);
            var headlines = batch.Entries.SelectMany(e => e.Digest.Ratings.Select(r => r.Id)).Distinct(StringComparer.Ordinal).ToList();
            var written = 0;
            foreach (var chunk in batch.Assessments().Chunk(64))
            {
                Parallel.ForEach(chunk, item => File.WriteAllText(Path.Combine(staging, reports[item.Entry]), HtmlReport.Render(item.Assessment), new UTF8Encoding(false)));
                written += chunk.Length;
            }

            using (var csv = new StreamWriter(Path.Combine(staging, "summary.csv"), false, new UTF8Encoding(false)))
            {
                SummaryCsv.Write(csv, batch, reports, headlines);
            }

            File.WriteAllText(Path.Combine(staging, Marker), IndexPage.Render(batch, reports, headlines), new UTF8Encoding(false));
            Swap(staging, full);
            return written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or special file system (/proc): the system's refusal, coded; the previous folder is kept.
            throw new Output.OutputException(CliCodes.OutputUnwritable, $"--out-dir '{Diagnostics.DiagnosticText.Escape(dir)}' cannot be written: {Diagnostics.DiagnosticText.Escape(e.Message)} Nothing was replaced.");
        }
        finally
        {
            try
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // nothing more can be done; the write itself was reported
            }
        }
    }

    /// <summary><c>&lt;odsCode&gt;-&lt;periodEnd&gt;.html</c>, made safe as a file name; a repeat of the same organisation and period gets <c>-2</c>, <c>-3</c>….</summary>
    private static Dictionary<BatchEntry, string> ReportNames(BatchPipeline batch)
    {
        var names = new Dictionary<BatchEntry, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Marker, "summary.csv" };
        foreach (var e in batch.Entries)
        {
            var stem = new string([.. string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{e.Digest.Organisation.OdsCode}-{e.Digest.Period.End:yyyy-MM-dd}").Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
            var name = stem + ".html";
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}.html";
            }

            names[e] = name;
        }

        return names;
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.old");
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target); // put the previous run back
            throw;
        }

        Directory.Delete(old, recursive: true);
    }
}
