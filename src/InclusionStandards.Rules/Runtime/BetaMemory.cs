namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The per-session state of a beta node: for an equality join, its buckets by key (partial matches and facts);
/// otherwise its partial matches (facts are then read from the alpha memory). Allocated on first use. The first key's
/// bucket is held inline, so a session with one key per node (one organisation) allocates no dictionary.
/// </summary>
internal sealed class BetaMemory
{
    private object? _firstKey;
    private JoinBucket? _first;
    private Dictionary<object, JoinBucket>? _rest;

    public BetaMemory(bool indexed)
    {
        Indexed = indexed;
        if (!indexed)
        {
            LeftAll = new List<Token>();
        }
    }

    public bool Indexed { get; }

    public List<Token>? LeftAll { get; }

    /// <summary>Stands for a null key (dictionaries take no null keys).</summary>
    public static readonly object NullKey = new();

    /// <summary>The bucket of <paramref name="key"/>, created for <paramref name="node"/> when missing.</summary>
    public JoinBucket Bucket(object key, Network.BetaNode node)
    {
        if (_first is null)
        {
            _firstKey = key;
            return _first = new JoinBucket(node);
        }

        if (_firstKey!.Equals(key))
        {
            return _first;
        }

        _rest ??= new Dictionary<object, JoinBucket>();
        if (!_rest.TryGetValue(key, out var bucket))
        {
            bucket = new JoinBucket(node);
            _rest.Add(key, bucket);
        }

        return bucket;
    }
}
