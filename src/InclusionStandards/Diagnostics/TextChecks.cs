using System.Globalization;
using System.Text;

namespace InclusionStandards.Diagnostics;

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

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || (char.IsSurrogate(c) && DiagnosticText.IsUnsafe(text, i)) || IsLayoutControl(text, i))
            {
                return (i, line, i - lineStart + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Characters that change how text around them is laid out or read, never part of a name, code or number: bidi
    /// embeddings, overrides, isolates and marks (text shown in another order than stored), line and paragraph
    /// separators (a line break to an editor or terminal, not to YAML), interlinear annotations, the noncharacters
    /// U+FFFE/U+FFFF and the invisible tag characters (U+E0000–U+E007F). Zero-width spaces and joiners are not here:
    /// they are legitimate inside some scripts, and keys are compared without them.
    /// </summary>
    public static bool IsLayoutControl(string text, int i)
    {
        var c = text[i];
        return c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
            or '\u2028' or '\u2029' or >= '\uFFF9' and <= '\uFFFB' or '\uFFFE' or '\uFFFF'
            || (c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC00' and <= '\uDC7F');
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
