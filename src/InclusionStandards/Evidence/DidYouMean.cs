namespace InclusionStandards.Evidence;

/// <summary>Suggests the closest known name for a misspelt one (Levenshtein distance, case-insensitive).</summary>
internal static class DidYouMean
{
    /// <summary>The best candidate within distance max(2, length ÷ 3), or <see langword="null"/>.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, name.Length / 3);
        foreach (var c in candidates.Order(StringComparer.Ordinal))
        {
            var d = Distance(name.ToLowerInvariant(), c.ToLowerInvariant());
            if (d <= limit && d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>A message suffix: <c> Did you mean 'x'?</c> or empty.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Suggest(name, candidates) is { } s ? $" Did you mean '{s}'?" : string.Empty;

    internal static int Distance(string a, string b)
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
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
