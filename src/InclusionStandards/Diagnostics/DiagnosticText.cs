using System.Globalization;
using System.Text;

namespace InclusionStandards.Diagnostics;

/// <summary>
/// Makes text from input safe to print on a terminal: control characters (escape sequences, line breaks, NUL,
/// C1 controls), lone surrogates and the bidirectional-override characters are shown as escapes (<c>\x1B</c>,
/// <c>\n</c>, <c>\u202E</c>), so a crafted key or file name can neither forge a diagnostic line nor drive the terminal.
/// </summary>
public static class DiagnosticText
{
    /// <summary>The text with every unsafe character escaped; the same string when there is none.</summary>
    /// <param name="text">Text that may come from input.</param>
    public static string Escape(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>Like <see cref="Escape(string?)"/>, optionally keeping line feeds (for multi-line details the tool writes itself).</summary>
    internal static string Escape(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text, i) && !(keepLineBreaks && text[i] == '\n'))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(text, i) || (keepLineBreaks && c == '\n'))
            {
                sb.Append(c);
                continue;
            }

            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                < '\u0100' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return sb.ToString();
    }

    /// <summary>True when the character at <paramref name="i"/> must not reach a terminal as is.</summary>
    internal static bool IsUnsafe(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
            || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C';
    }
}
