namespace InclusionStandards.Rules.Network;

/// <summary>
/// Which rules a fact can affect: those whose beta nodes consume an alpha memory the fact passes into. A rule can only
/// match, be blocked by (not / exists / forall) or aggregate a fact through such a memory, so no activation of a rule
/// ranked before all of them depends on the fact. Pure; thread-safe.
/// </summary>
internal static class AlphaReach
{
    /// <summary>
    /// The best (lowest) agenda rank among the rules <paramref name="fact"/> can affect; <see cref="int.MaxValue"/>
    /// when it affects none, and 0 (no deferral is safe) when a condition throws on it.
    /// </summary>
    public static int MinConsumerRank(AlphaNode[] roots, object fact, int[] rankOf)
    {
        var best = int.MaxValue;
        try
        {
            foreach (var root in roots)
            {
                Visit(root, fact, rankOf, ref best);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return 0;
        }

        return best;
    }

    private static void Visit(AlphaNode node, object fact, int[] rankOf, ref int best)
    {
        if (node.MemoryId >= 0)
        {
            foreach (var successor in node.Successors)
            {
                best = Math.Min(best, rankOf[successor.Rule.Index]);
            }
        }

        var groups = node.Groups;
        Span<int> ids = groups.Length <= 8 ? stackalloc int[8] : new int[groups.Length];
        ids.Fill(-2);
        foreach (var child in node.Children)
        {
            if (node.ChildPasses(child, fact, ids))
            {
                Visit(child, fact, rankOf, ref best);
            }
        }
    }
}
