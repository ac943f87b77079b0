using System.Text.Json;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// Reads <c>--history DIR|FILE</c>: earlier assessments' results as written by <c>inclusion evaluate</c> — one
/// results document, a JSON array of them, or JSON Lines (a folder: every *.json and *.jsonl file at its top level).
/// </summary>
internal static class HistoryReader
{
    /// <summary>The largest results file read (256 MiB): results of a large batch fit; an endless stream does not.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The digests of every assessment found; null (with error CLI031 lines written) when a file cannot be read.</summary>
    public static List<AssessmentDigest>? Read(string path, TextWriter error)
    {
        List<string> files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
            if (files.Count == 0)
            {
                error.WriteLine($"{path}:1:1: error {CliCodes.HistoryUnreadable}: --history '{path}' holds no results files (*.json, *.jsonl); nothing was evaluated.");
                return null;
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            error.WriteLine($"{path}:1:1: error {CliCodes.HistoryUnreadable}: --history '{path}' does not exist (give a results file or a folder of them); nothing was evaluated.");
            return null;
        }

        var digests = new List<AssessmentDigest>();
        var failed = false;
        foreach (var file in files)
        {
            // Read through TextFile: bounded by bytes read, strict UTF-8, and a FIFO, device or socket is refused, not waited on.
            var read = Loading.TextFile.Read(file, MaxBytes);
            if (!read.Succeeded)
            {
                error.WriteLine($"{Diagnostics.DiagnosticText.Escape(file)}:{Math.Max(1, read.Line)}:{Math.Max(1, read.Column)}: error {CliCodes.HistoryUnreadable}: --history cannot be read: {read.Message}");
                failed = true;
                continue;
            }

            try
            {
                digests.AddRange(ReadText(read.Text!).Select(a => AssessmentDigest.From(a)));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
            {
                var line = e is JsonException { LineNumber: { } l } ? l + 1 : 1;
                error.WriteLine($"{Diagnostics.DiagnosticText.Escape(file)}:{line}:1: error {CliCodes.HistoryUnreadable}: not a results file of `inclusion evaluate` (one document, an array or JSON Lines): {Diagnostics.DiagnosticText.Escape(e.Message)}");
                failed = true;
            }
        }

        return failed ? null : digests;
    }

    private static IEnumerable<Assessment> ReadText(string text)
    {
        if (text.TrimStart().StartsWith('['))
        {
            using var doc = JsonDocument.Parse(text);
            return [.. doc.RootElement.EnumerateArray().Select(e => AssessmentJson.Deserialize(e.GetRawText()))];
        }

        return text.TrimEnd().Contains('\n', StringComparison.Ordinal) && text.TrimStart().StartsWith("{\"", StringComparison.Ordinal) && !text.Contains("\n  \"", StringComparison.Ordinal)
            ? [.. AssessmentJson.DeserializeLines(new StringReader(text))]
            : [AssessmentJson.Deserialize(text)];
    }
}
