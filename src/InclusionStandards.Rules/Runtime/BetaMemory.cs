namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The per-session state of a beta node: for an equality join, its buckets by key (partial matches and facts);
/// otherwise its partial matches (facts are then read from the alpha memory). Allocated on first use.
/// </summary>
internal sealed class BetaMemory
{
    public BetaMemory(bool indexed)
    {
        if (indexed)
        {
            Index = new Dictionary<object, JoinBucket>();
        }
        else
        {
            LeftAll = new List<Token>();
        }
    }

    public Dictionary<object, JoinBucket>? Index { get; }

    public List<Token>? LeftAll { get; }

    /// <summary>Stands for a null key (dictionaries take no null keys).</summary>
    public static readonly object NullKey = new();
}
