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
            try
            {
                digests.AddRange(ReadFile(file).Select(a => AssessmentDigest.From(a)));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                var line = e is JsonException { LineNumber: { } l } ? l + 1 : 1;
                error.WriteLine($"{file}:{line}:1: error {CliCodes.HistoryUnreadable}: not a results file of `inclusion evaluate` (one document, an array or JSON Lines): {e.Message}");
                failed = true;
            }
        }

        return failed ? null : digests;
    }

    private static IEnumerable<Assessment> ReadFile(string file)
    {
        using var reader = new StreamReader(file);
        var first = (char)Math.Max(0, reader.Peek());
        while (char.IsWhiteSpace(first) && reader.Read() >= 0)
        {
            first = (char)Math.Max(0, reader.Peek());
        }

        if (first == '[')
        {
            using var doc = JsonDocument.Parse(reader.ReadToEnd());
            return [.. doc.RootElement.EnumerateArray().Select(e => AssessmentJson.Deserialize(e.GetRawText()))];
        }

        var text = reader.ReadToEnd();
        return text.TrimEnd().Contains('\n', StringComparison.Ordinal) && text.TrimStart().StartsWith("{\"", StringComparison.Ordinal) && !text.Contains("\n  \"", StringComparison.Ordinal)
            ? [.. AssessmentJson.DeserializeLines(new StringReader(text))]
            : [AssessmentJson.Deserialize(text)];
    }
}
