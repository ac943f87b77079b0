using System.Numerics;
using System.Runtime.CompilerServices;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The session's facts by identity: a hash map chained through <see cref="FactHandle.NextInMap"/>, so a fact costs no
/// map entry beyond its handle, with its bucket array in pages below the large-object-heap threshold (see
/// <see cref="Collections.SegmentedList{T}"/> for why). Session-owned.
/// </summary>
internal sealed class FactHandleMap
{
    private const int PageShift = 13;
    private const int PageSize = 1 << PageShift;

    private FactHandle?[][] _pages = [];
    private int _bucketCount;
    private int _shift = 32;

    public int Count { get; private set; }

    /// <summary>The identity hash of <paramref name="fact"/>, to pass to <see cref="Find(object, int)"/> and <see cref="Add"/>.</summary>
    public static int HashOf(object fact) => RuntimeHelpers.GetHashCode(fact);

    public FactHandle? Find(object fact) => Find(fact, HashOf(fact));

    public FactHandle? Find(object fact, int hash)
    {
        if (_bucketCount == 0)
        {
            return null;
        }

        for (var h = BucketOf(hash); h is not null; h = h.NextInMap)
        {
            if (ReferenceEquals(h.Fact, fact))
            {
                return h;
            }
        }

        return null;
    }

    /// <summary>Adds a handle whose fact is not in the map.</summary>
    public void Add(FactHandle handle, int hash)
    {
        if (Count >= _bucketCount)
        {
            Rehash(Math.Max(8, _bucketCount * 2));
        }

        ref var bucket = ref BucketOf(hash);
        handle.NextInMap = bucket;
        bucket = handle;
        Count++;
    }

    public bool Remove(FactHandle handle)
    {
        if (_bucketCount == 0)
        {
            return false;
        }

        ref var link = ref BucketOf(HashOf(handle.Fact));
        while (link is not null)
        {
            if (ReferenceEquals(link, handle))
            {
                link = handle.NextInMap;
                handle.NextInMap = null;
                Count--;
                return true;
            }

            link = ref link.NextInMap;
        }

        return false;
    }

    /// <summary>Makes room for <paramref name="capacity"/> facts without re-linking.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _bucketCount)
        {
            Rehash(capacity);
        }
    }

    private ref FactHandle? BucketOf(int hash)
    {
        var b = (int)(((uint)hash * 0x9E3779B9u) >> _shift);
        return ref _pages[b >> PageShift][b & (PageSize - 1)];
    }

    private void Rehash(int minimum)
    {
        var old = _pages;
        var count = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, minimum));
        _bucketCount = count;
        _shift = 32 - BitOperations.Log2((uint)count);
        var pages = (count + PageSize - 1) >> PageShift;
        _pages = new FactHandle?[pages][];
        for (var p = 0; p < pages; p++)
        {
            _pages[p] = new FactHandle?[Math.Min(PageSize, count - (p << PageShift))];
        }

        foreach (var page in old)
        {
            foreach (var first in page)
            {
                for (var h = first; h is not null;)
                {
                    var next = h.NextInMap;
                    ref var bucket = ref BucketOf(HashOf(h.Fact));
                    h.NextInMap = bucket;
                    bucket = h;
                    h = next;
                }
            }
        }
    }
}
