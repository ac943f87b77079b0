namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The per-session state of a beta node: its left memory (partial matches, hash-indexed by the join key when the
/// node has one) and, for equality joins, its right index (facts by key). Allocated on first use.
/// </summary>
internal sealed class BetaMemory
{
    public BetaMemory(bool indexed)
    {
        if (indexed)
        {
            LeftIndex = new Dictionary<object, List<Token>>();
            RightIndex = new Dictionary<object, List<FactHandle>>();
        }
        else
        {
            LeftAll = new List<Token>();
        }
    }

    public Dictionary<object, List<Token>>? LeftIndex { get; }

    public List<Token>? LeftAll { get; }

    public Dictionary<object, List<FactHandle>>? RightIndex { get; }

    /// <summary>Stands for a null key (dictionaries take no null keys).</summary>
    public static readonly object NullKey = new();
}
