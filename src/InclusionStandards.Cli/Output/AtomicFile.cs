using System.Text;

namespace InclusionStandards.Cli.Output;

/// <summary>
/// Writes a file atomically: to a temporary file beside it, then renamed over the target, so readers never see half a
/// file. The directory must exist. When writing throws or returns false, the temporary file is deleted and the target
/// (if any) is left as it was.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Func<TextWriter, bool> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            bool commit;
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                commit = write(writer);
            }

            if (commit)
            {
                File.Move(temp, full, overwrite: true);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
