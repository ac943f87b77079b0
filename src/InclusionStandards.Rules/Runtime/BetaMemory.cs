namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The per-session state of a beta node: for an equality join, its buckets by key id (see
/// <see cref="Session.KeyId"/>), in pages that stay below the large-object-heap threshold; otherwise one bucket holding
/// all its partial matches. Allocated on first use.
/// </summary>
internal sealed class BetaMemory
{
    private const int PageShift = 13;
    private const int PageSize = 1 << PageShift;

    private JoinBucket?[][] _pages = [];
    private JoinBucket? _first;
    private int _firstKeyId;

    public BetaMemory(Network.BetaNode node)
    {
        Indexed = node.Indexed;
        if (!Indexed)
        {
            All = new JoinBucket(node);
        }
    }

    public bool Indexed { get; }

    /// <summary>The single bucket of a node without an index.</summary>
    public JoinBucket? All { get; }

    /// <summary>Stands for a null key (dictionaries take no null keys).</summary>
    public static readonly object NullKey = new();

    /// <summary>The bucket of key id <paramref name="keyId"/>, created for <paramref name="node"/> when missing.</summary>
    public JoinBucket Bucket(int keyId, Network.BetaNode node)
    {
        // The first key's bucket is held inline: a session with one key per node (one organisation) needs no pages.
        if (_first is null)
        {
            _firstKeyId = keyId;
            return _first = new JoinBucket(node);
        }

        if (keyId == _firstKeyId)
        {
            return _first;
        }

        var p = keyId >> PageShift;
        var offset = keyId & (PageSize - 1);
        if (p >= _pages.Length)
        {
            Array.Resize(ref _pages, p + 1);
        }

        var page = _pages[p];
        if (page is null || offset >= page.Length)
        {
            // A page grows by doubling up to its full size, so a memory with few keys stays small.
            Array.Resize(ref page, Math.Min(PageSize, Math.Max(Math.Max(offset + 1, 4), (page?.Length ?? 0) * 2)));
            _pages[p] = page;
        }

        return page[offset] ??= new JoinBucket(node);
    }
}
