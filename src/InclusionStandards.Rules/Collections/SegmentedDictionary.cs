using System.Diagnostics.CodeAnalysis;

namespace InclusionStandards.Rules.Collections;

/// <summary>
/// An append-only hash map (separate chaining) whose bucket and entry arrays are split into pages below the
/// 85,000-byte large-object-heap threshold, for the same reason as <see cref="SegmentedList{T}"/>: a session's key table
/// grows with the number of facts, and LOH allocations trigger full collections of a mostly live heap. Entries are
/// appended page by page and never move, so growing re-links the chains but copies no entries. Small maps (one
/// organisation per session) stay small: the first pages grow by doubling. Not thread-safe.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SegmentedDictionary<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Entries per page: 2,048 entries of at most 40 bytes stay below the LOH threshold.</summary>
    private const int EntryShift = 11;
    private const int EntryPage = 1 << EntryShift;
    private const int EntryMask = EntryPage - 1;

    /// <summary>Buckets per page: 16,384 ints are 64 KiB.</summary>
    private const int BucketShift = 14;
    private const int BucketPage = 1 << BucketShift;
    private const int BucketMask = BucketPage - 1;

    private readonly IEqualityComparer<TKey> _comparer;
    private Entry[][] _entries = [];
    private int[][] _buckets = [];
    private int _bucketCount;
    private int _shift = 32;

    /// <summary>Creates an empty map with <paramref name="comparer"/> (the default comparer when null).</summary>
    public SegmentedDictionary(IEqualityComparer<TKey>? comparer = null) => _comparer = comparer ?? EqualityComparer<TKey>.Default;

    private struct Entry
    {
        public int Hash;

        /// <summary>The next entry index in the chain, or −1.</summary>
        public int Next;
        public TKey Key;
        public TValue Value;
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = _bucketCount > 0 ? Find(key, _comparer.GetHashCode(key)) : -1;
        value = index >= 0 ? At(index).Value : default;
        return index >= 0;
    }

    /// <summary>
    /// The value slot of <paramref name="key"/>, added with a default value when missing (one probe instead of a lookup
    /// and an add). The reference is valid until the next addition.
    /// </summary>
    public ref TValue GetValueRefOrAddDefault(TKey key, out bool exists)
    {
        var hash = _comparer.GetHashCode(key);
        var index = _bucketCount > 0 ? Find(key, hash) : -1;
        exists = index >= 0;
        return ref At(exists ? index : Add(key, hash)).Value;
    }

    private int Find(TKey key, int hash)
    {
        for (var i = BucketOf(hash) - 1; i >= 0; i = At(i).Next)
        {
            ref var e = ref At(i);
            if (e.Hash == hash && _comparer.Equals(e.Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    private int Add(TKey key, int hash)
    {
        if (Count >= _bucketCount)
        {
            Rehash(Math.Max(4, _bucketCount * 2));
        }

        var index = Count++;
        EnsureEntry(index);
        ref var bucket = ref BucketOf(hash);
        ref var e = ref At(index);
        e.Hash = hash;
        e.Key = key;
        e.Next = bucket - 1;
        bucket = index + 1;
        return index;
    }

    private ref Entry At(int index) => ref _entries[index >> EntryShift][index & EntryMask];

    /// <summary>The bucket of <paramref name="hash"/>: the chain's first entry index + 1, or 0.</summary>
    private ref int BucketOf(int hash)
    {
        var b = (int)(((uint)hash * 0x9E3779B9u) >> _shift); // Fibonacci hashing spreads sequential keys
        return ref _buckets[b >> BucketShift][b & BucketMask];
    }

    private void EnsureEntry(int index)
    {
        var page = index >> EntryShift;
        if (page == _entries.Length)
        {
            Array.Resize(ref _entries, page + 1);
            _entries[page] = new Entry[page == 0 ? 4 : EntryPage];
        }
        else if ((index & EntryMask) == _entries[page].Length)
        {
            Array.Resize(ref _entries[page], Math.Min(EntryPage, _entries[page].Length * 2));
        }
    }

    /// <summary>Replaces the buckets with <paramref name="count"/> (a power of two) and re-links every entry.</summary>
    private void Rehash(int count)
    {
        _bucketCount = count;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)count);
        var pages = (count + BucketPage - 1) >> BucketShift;
        _buckets = new int[pages][];
        for (var p = 0; p < pages; p++)
        {
            _buckets[p] = new int[Math.Min(BucketPage, count - (p << BucketShift))];
        }

        for (var i = 0; i < Count; i++)
        {
            ref var e = ref At(i);
            ref var bucket = ref BucketOf(e.Hash);
            e.Next = bucket - 1;
            bucket = i + 1;
        }
    }
}
