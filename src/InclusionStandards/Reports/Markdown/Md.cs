using System.Text;

namespace InclusionStandards.Reports.Markdown;

/// <summary>Markdown escaping: input text can never become markup, a raw HTML tag, a link or a table break.</summary>
internal static class Md
{
    private const string Special = "\\`*_[]<>#!|&~";

    /// <summary>Escapes every Markdown-significant character with a backslash and folds line breaks into spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                sb.Append(' ');
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else
            {
                if (Special.Contains(c))
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Inline code: backticks become apostrophes, pipes are escaped (they would end a table cell).</summary>
    public static string Code(string text) => "`" + text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ") + "`";

    /// <summary>A table row of already-escaped cells.</summary>
    public static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |\n";

    /// <summary>A table header row and its separator; <paramref name="numeric"/> columns are right-aligned.</summary>
    public static string Header(string[] headers, params int[] numeric) =>
        Row(headers) + Row(headers.Select((_, i) => numeric.Contains(i) ? "---:" : "---").ToArray());
}
