using System.Globalization;
using System.Text;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Evidence;

/// <summary>Checks on text from evidence: control characters, and keys that differ only invisibly.</summary>
internal static class TextChecks
{
    /// <summary>
    /// The first control character (C0 other than tab, line feed and carriage return; DEL; C1) or lone surrogate, with
    /// its 1-based line and column; null when there is none.
    /// </summary>
    public static (int Index, int Line, int Column)? FirstControl(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (c is '\t' or '\r')
            {
                continue;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || (char.IsSurrogate(c) && DiagnosticText.IsUnsafe(text, i)))
            {
                return (i, line, i - lineStart + 1);
            }
        }

        return null;
    }

    /// <summary>How a control character is named in messages: <c>U+0000</c>.</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Text safe to quote in a message.</summary>
    public static string Escape(string text) => DiagnosticText.Escape(text);

    /// <summary>True for characters that take no room when shown: zero-width spaces and joiners, word joiner, BOM, soft hyphen.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E';

    /// <summary>
    /// The text as a reader sees it: invisible characters removed, surrounding white space trimmed, Unicode composed
    /// (NFC). Two keys with the same normal form are the same key to anyone reading the file.
    /// </summary>
    public static string Normalise(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (IsInvisible(c) || c > '\u007F')
            {
                needs = true;
                break;
            }
        }

        var trimmed = text.Trim();
        if (!needs)
        {
            return trimmed;
        }

        var sb = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!IsInvisible(c))
            {
                sb.Append(c);
            }
        }

        var result = sb.ToString().Trim();
        try
        {
            return result.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return result; // invalid UTF-16 is refused elsewhere
        }
    }

    /// <summary>True when the text shows nothing: empty, white space or invisible characters only.</summary>
    public static bool IsBlank(string? text) => text is null || Normalise(text).Length == 0;
}
