namespace InclusionStandards.TestSupport;

/// <summary>
/// Edits of fixture and shipped texts that fail loudly: a test that edits a file must not silently test the unedited
/// file when its edit no longer applies (the text was reworded).
/// </summary>
internal static class TextEdits
{
    /// <summary>Replaces every occurrence of <paramref name="from"/>; throws when there is none or nothing changes.</summary>
    public static string Edit(this string text, string from, string to)
    {
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The edit did not apply: '{Short(from)}' is not in the text.");
        }

        var edited = text.Replace(from, to, StringComparison.Ordinal);
        return edited != text ? edited : throw new InvalidOperationException($"The edit of '{Short(from)}' changed nothing.");
    }

    /// <summary>Replaces the first occurrence of <paramref name="from"/>; throws when there is none or nothing changes.</summary>
    public static string EditFirst(this string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The edit did not apply: '{Short(from)}' is not in the text.");
        }

        var edited = text[..at] + to + text[(at + from.Length)..];
        return edited != text ? edited : throw new InvalidOperationException($"The edit of '{Short(from)}' changed nothing.");
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
