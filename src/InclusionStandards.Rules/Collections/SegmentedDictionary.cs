using System.Diagnostics.CodeAnalysis;

namespace InclusionStandards.Rules.Collections;

/// <summary>
/// A hash map (separate chaining) whose bucket and entry arrays are split into pages below the 85,000-byte
/// large-object-heap threshold, for the same reason as <see cref="SegmentedList{T}"/>: a session's fact map and
/// join indexes grow with the number of facts, and LOH allocations trigger full collections of a mostly live heap.
/// Entries are appended page by page and never move, so growing re-links the chains but copies no entries. Small maps
/// (one organisation per session) stay small: the first pages grow by doubling. Not thread-safe.
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

    /// <summary>Marks the end of a chain in <see cref="Entry.Next"/>; values below it encode the free list.</summary>
    private const int EndOfChain = -1;
    private const int StartOfFreeList = -3;

    private readonly IEqualityComparer<TKey> _comparer;
    private Entry[][] _entries = [];
    private int[][] _buckets = [];
    private int _bucketCount;
    private int _shift = 32;
    private int _used;
    private int _freeList = EndOfChain;
    private int _freeCount;

    /// <summary>Creates an empty map with <paramref name="comparer"/> (the default comparer when null).</summary>
    public SegmentedDictionary(IEqualityComparer<TKey>? comparer = null) => _comparer = comparer ?? EqualityComparer<TKey>.Default;

    private struct Entry
    {
        public int Hash;
        /// <summary>Next entry index in the chain, <see cref="EndOfChain"/>, or (when free) an encoded free-list link.</summary>
        public int Next;
        public TKey Key;
        public TValue Value;
    }

    /// <summary>The number of keys.</summary>
    public int Count => _used - _freeCount;

    /// <summary>Makes room for <paramref name="capacity"/> keys without re-linking.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _bucketCount)
        {
            Rehash(capacity);
        }
    }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_bucketCount > 0)
        {
            var hash = _comparer.GetHashCode(key);
            for (var i = BucketOf(hash) - 1; i >= 0;)
            {
                ref var e = ref At(i);
                if (e.Hash == hash && _comparer.Equals(e.Key, key))
                {
                    value = e.Value;
                    return true;
                }

                i = e.Next;
            }
        }

        value = default;
        return false;
    }

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>
    /// The value slot of <paramref name="key"/>, added with a default value when missing (one probe instead of a lookup
    /// and an add). The reference is valid until the next addition.
    /// </summary>
    public ref TValue GetValueRefOrAddDefault(TKey key, out bool exists)
    {
        if (_bucketCount > 0)
        {
            var hash = _comparer.GetHashCode(key);
            for (var i = BucketOf(hash) - 1; i >= 0;)
            {
                ref var e = ref At(i);
                if (e.Hash == hash && _comparer.Equals(e.Key, key))
                {
                    exists = true;
                    return ref e.Value;
                }

                i = e.Next;
            }
        }

        exists = false;
        return ref At(AddEntry(key, default!)).Value;
    }

    /// <summary>Adds <paramref name="key"/>; the caller guarantees it is not present.</summary>
    public void Add(TKey key, TValue value) => AddEntry(key, value);

    private int AddEntry(TKey key, TValue value)
    {
        if (Count >= _bucketCount)
        {
            Rehash(Math.Max(4, _bucketCount * 2));
        }

        int index;
        if (_freeCount > 0)
        {
            index = _freeList;
            _freeList = StartOfFreeList - At(index).Next;
            _freeCount--;
        }
        else
        {
            index = _used++;
            EnsureEntry(index);
        }

        var hash = _comparer.GetHashCode(key);
        ref var bucket = ref BucketOf(hash);
        ref var e = ref At(index);
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        e.Next = bucket - 1;
        bucket = index + 1;
        return index;
    }

    /// <summary>Removes <paramref name="key"/>; false when it was not present.</summary>
    public bool Remove(TKey key)
    {
        if (_bucketCount == 0)
        {
            return false;
        }

        var hash = _comparer.GetHashCode(key);
        ref var bucket = ref BucketOf(hash);
        var previous = EndOfChain;
        for (var i = bucket - 1; i >= 0;)
        {
            ref var e = ref At(i);
            if (e.Hash == hash && _comparer.Equals(e.Key, key))
            {
                if (previous == EndOfChain)
                {
                    bucket = e.Next + 1;
                }
                else
                {
                    At(previous).Next = e.Next;
                }

                e.Key = default!;
                e.Value = default!;
                e.Next = StartOfFreeList - _freeList;
                _freeList = i;
                _freeCount++;
                return true;
            }

            previous = i;
            i = e.Next;
        }

        return false;
    }

    /// <summary>The values, in no particular order.</summary>
    public IEnumerable<TValue> Values
    {
        get
        {
            for (var i = 0; i < _used; i++)
            {
                var e = At(i);
                if (e.Next >= EndOfChain)
                {
                    yield return e.Value;
                }
            }
        }
    }

    private ref Entry At(int index) => ref _entries[index >> EntryShift][index & EntryMask];

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

    /// <summary>Replaces the buckets with at least <paramref name="minimum"/> (a power of two) and re-links every entry.</summary>
    private void Rehash(int minimum)
    {
        var count = 4;
        while (count < minimum)
        {
            count <<= 1;
        }

        _bucketCount = count;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)count);
        var pages = (count + BucketPage - 1) >> BucketShift;
        _buckets = new int[pages][];
        for (var p = 0; p < pages; p++)
        {
            _buckets[p] = new int[Math.Min(BucketPage, count - (p << BucketShift))];
        }

        for (var i = 0; i < _used; i++)
        {
            ref var e = ref At(i);
            if (e.Next >= EndOfChain)
            {
                ref var bucket = ref BucketOf(e.Hash);
                e.Next = bucket - 1;
                bucket = i + 1;
            }
        }
    }
}
