namespace InclusionStandards.Loading;

/// <summary>Edit distance, for did-you-mean suggestions.</summary>
internal static class Levenshtein
{
    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    /// <summary>Words longer than this get no suggestion (the cost of a comparison grows with the product of the lengths).</summary>
    public const int MaxWord = 200;

    /// <summary>The closest candidate within a third of the word's length (at least 2 edits), or null.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > MaxWord)
        {
            return null; // nobody mistypes a name this long; comparing it would only cost time
        }

        var limit = Math.Max(2, word.Length / 3);
        return candidates
            .Where(c => Math.Abs(c.Length - word.Length) <= limit) // the distance is at least the difference in length
            .Select(c => (c, d: Distance(word, c)))
            .Where(x => x.d <= limit)
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal)
            .Select(x => x.c)
            .FirstOrDefault();
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Suggest(word, candidates) is { } s ? $" Did you mean '{s}'?" : string.Empty;
}
