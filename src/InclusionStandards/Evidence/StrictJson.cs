using System.Text;
using System.Text.Json;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Evidence;

/// <summary>
/// The syntax check of evidence that says it is JSON (a <c>.json</c> source): JSON as RFC 8259 writes it — no trailing
/// commas, comments, single quotes, raw tabs or control characters in strings, NaN or Infinity, unquoted keys, or YAML —
/// before the common reader builds the tree. The YAML reader alone would accept all of these, since YAML is a superset
/// of JSON. Nesting is counted as the reader goes (no recursion), so depth is <see cref="EvidenceLimits.MaxDepth"/>'s
/// EVD107 at the bracket that crosses it.
/// </summary>
internal static class StrictJson
{
    /// <summary>True for a source the reader treats as JSON.</summary>
    public static bool IsJsonSource(string source) => source.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first syntax error, located; null when the text is JSON.</summary>
    public static Diagnostic? Check(string text, string source, EvidenceLimits limits)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= limits.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var (line, column) = Position(bytes, reader.TokenStartIndex);
                    return Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded, $"The evidence is nested more than {limits.MaxDepth} levels deep.", new SourceLocation(source, line, column));
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            return Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"Not valid JSON: {DiagnosticText.Escape(message)}",
                new SourceLocation(source, (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1), (int)Math.Min(int.MaxValue, (e.BytePositionInLine ?? 0) + 1)));
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, long index)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(bytes, start, (int)index - start) + 1);
    }
}
