using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Cli.Output;

/// <summary>Reads a line of a file (on disk or embedded) to show under a diagnostic with a caret.</summary>
internal sealed class SourceLines
{
    private readonly Dictionary<string, string[]?> _cache = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (!_cache.TryGetValue(file, out var lines))
        {
            lines = Read(file);
            _cache[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }

    private static string[]? Read(string file)
    {
        try
        {
            if (File.Exists(file))
            {
                // Like every input: a regular file only (never a FIFO or a device), bounded by the bytes read.
                return TextFile.Read(file, LoaderLimits.Default.MaxFileBytes) is { Succeeded: true, Text: { } text } ? text.Split('\n') : null;
            }

            using var stream = typeof(StandardsLoader).Assembly.GetManifestResourceStream(file);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Split('\n');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null; // an empty path or one with a NUL: a diagnostic located there has no source lines
        }
    }
}
