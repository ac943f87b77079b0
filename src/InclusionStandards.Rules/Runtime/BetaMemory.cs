namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The buckets of an indexed beta node that has seen more than one key in a session, by key id (see
/// <see cref="Session.KeyId"/>), in pages that stay below the large-object-heap threshold. A node with one key (one
/// organisation per session) or without an index keeps its single bucket directly in the session (see
/// <see cref="Session.Bucket"/>). Session-owned.
/// </summary>
internal sealed class BetaMemory
{
    private const int PageShift = 13;
    private const int PageSize = 1 << PageShift;

    private JoinBucket?[][] _pages = [];

    /// <summary>Stands for a null key (dictionaries take no null keys).</summary>
    public static readonly object NullKey = new();

    /// <summary>Holds <paramref name="first"/>, the bucket the node had before its second key.</summary>
    public BetaMemory(JoinBucket first) => Slot(first.KeyId) = first;

    /// <summary>The slot of key id <paramref name="keyId"/>'s bucket (null until created).</summary>
    public ref JoinBucket? Slot(int keyId)
    {
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

        return ref page[offset];
    }
}
