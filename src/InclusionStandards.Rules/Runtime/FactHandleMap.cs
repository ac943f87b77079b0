using System.Numerics;
using System.Runtime.CompilerServices;
using InclusionStandards.Rules.Collections;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The session's facts, in insertion order (<see cref="Order"/>, for queries) and by identity (for lookups).
/// <para>
/// Adding a fact appends its handle and hash to the order and sets six bits in one 64-byte block of a Bloom filter
/// sized at 32 bits a fact. The hash table — open addressing with linear probing, each slot a handle and its hash — is
/// filled from the order's unplaced tail only when a lookup needs it. Inserting a new fact (a lookup that fails) thus
/// touches one block of a filter small enough to stay in cache, not a random slot of a table that in a large session is
/// megabytes wide; a session that never updates or retracts by fact never builds the table. The filter's positives
/// are mostly facts whose identity hashes are equal (those have 26 bits), so a positive first scans the unplaced
/// hashes — a vectorised read — and places them only once scans have read <see cref="ScansPerPlacement"/> times as
/// many hashes as are unplaced. Placing them all at once also lets the cache misses of a tight loop overlap. A map of
/// at most <see cref="SmallCount"/> facts (one organisation's evidence, say) has no filter at all: its lookups scan.
/// </para>
/// <para>
/// Removal places the tail first, deletes from the table by shifting the following entries back (no tombstones), and
/// leaves the handle in the order, marked removed, until removed handles are the majority. The filter cannot forget:
/// it is rebuilt from the live facts once it has taken as many additions as it was sized for. Every array is paged
/// below the large-object-heap threshold (see <see cref="SegmentedList{T}"/> for why). Session-owned.
/// </para>
/// </summary>
internal sealed class FactHandleMap
{
    private const int PageShift = 12;
    private const int PageSize = 1 << PageShift;

    /// <summary>Filter words per page (32 KB a page); a block is 8 words (512 bits, one cache line).</summary>
    private const int FilterPageShift = 12;
    private const int FilterPageSize = 1 << FilterPageShift;
    private const int BlockShift = 3;

    /// <summary>Additions a filter block is sized for: 512 bits over 16 facts is 32 bits a fact.</summary>
    private const int FactsPerBlock = 16;

    /// <summary>Up to this many facts, a map has no filter: a lookup scans the unplaced hashes (at most this many).</summary>
    private const int SmallCount = 64;

    /// <summary>How many unplaced hashes scans may read, per unplaced handle, before the tail is placed.</summary>
    private const int ScansPerPlacement = 32;

    /// <summary>The most facts a map holds: 0.7 of its largest table (2^30 slots).</summary>
    private const int MaxFacts = (int)((1L << 30) * 7 / 10);

    /// <summary>Every handle added, in order (removed ones until the next compaction), and its stored hash.</summary>
    private SegmentedList<FactHandle> _order = new();
    private SegmentedList<int> _hashes = new();

    /// <summary>The handles of <see cref="_order"/> before this index are in the table (or removed).</summary>
    private int _placedUpTo;

    /// <summary>How many handles of <see cref="_order"/> are removed.</summary>
    private int _removed;

    /// <summary>The unplaced hashes scanned since the tail was last placed.</summary>
    private long _scanned;

    /// <summary>The table's slots, paged (4,096 slots of 16 bytes: 64 KB a page); empty until first needed.</summary>
    private Slot[][] _pages = [];

    private int _mask = -1;
    private int _shift = 32;

    /// <summary>How many handles the table holds.</summary>
    private int _placed;

    /// <summary>The filter's words, paged; empty while the map is small (see <see cref="SmallCount"/>).</summary>
    private ulong[][] _filter = [];

    /// <summary>The filter's block count − 1 (a power of two less one).</summary>
    private int _blockMask = -1;

    /// <summary>How many more additions the filter is sized for.</summary>
    private int _filterRoom;

    /// <summary>How many facts the map holds.</summary>
    public int Count => _order.Count - _removed;

    /// <summary>Every handle added, in insertion order; removed ones (<see cref="FactHandle.Removed"/>) are skipped by readers.</summary>
    public SegmentedList<FactHandle> Order => _order;

    /// <summary>The identity hash of a fact (its equality is never consulted: facts are found by reference).</summary>
    public static int HashOf(object fact) => RuntimeHelpers.GetHashCode(fact);

    /// <summary>The handle of <paramref name="fact"/>, or null.</summary>
    public FactHandle? Find(object fact) => Find(fact, HashOf(fact));

    /// <summary>The handle of <paramref name="fact"/> (whose hash is <paramref name="hash"/>), or null.</summary>
    public FactHandle? Find(object fact, int hash)
    {
        var stored = Stored(hash);
        if (!MayContain(stored))
        {
            return null; // most lookups: every insertion of a new fact
        }

        if (FindUnplaced(fact, stored) is { } unplaced)
        {
            return unplaced;
        }

        for (var i = Home(stored); _placed > 0; i = (i + 1) & _mask)
        {
            var slot = SlotAt(i);
            if (slot.Hash == 0)
            {
                break;
            }

            if (slot.Hash == stored && ReferenceEquals(slot.Handle!.Fact, fact))
            {
                return slot.Handle;
            }
        }

        return null;
    }

    /// <summary>Adds a handle whose fact (whose hash is <paramref name="hash"/>) is not in the map.</summary>
    public void Add(FactHandle handle, int hash)
    {
        if (Count >= MaxFacts)
        {
            throw new InvalidOperationException($"A session holds at most {MaxFacts:N0} facts.");
        }

        var stored = Stored(hash);
        if (_blockMask >= 0 || Count >= SmallCount)
        {
            if (_filterRoom == 0)
            {
                RebuildFilter(Count + 1);
            }

            AddToFilter(stored);
            _filterRoom--;
        }

        _order.Add(handle);
        _hashes.Add(stored);
    }

    /// <summary>Removes a handle and marks it removed; false when it is not in the map.</summary>
    public bool Remove(FactHandle handle) => Remove(handle, HashOf(handle.Fact));

    /// <summary>Removes a handle whose fact's hash is <paramref name="hash"/> and marks it removed; false when it is not in the map.</summary>
    public bool Remove(FactHandle handle, int hash)
    {
        var stored = Stored(hash);
        if (!MayContain(stored))
        {
            return false;
        }

        Place();
        if (_placed == 0)
        {
            return false;
        }

        var i = Home(stored);
        while (true)
        {
            var slot = SlotAt(i);
            if (slot.Hash == 0)
            {
                return false;
            }

            if (slot.Hash == stored && ReferenceEquals(slot.Handle, handle))
            {
                break;
            }

            i = (i + 1) & _mask;
        }

        // Backward-shift deletion: move up every later entry of the run that may sit at the freed slot.
        for (var j = (i + 1) & _mask; ; j = (j + 1) & _mask)
        {
            var next = SlotAt(j);
            if (next.Hash == 0)
            {
                break;
            }

            var home = Home(next.Hash);
            var movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (movable)
            {
                SlotAt(i) = next;
                i = j;
            }
        }

        SlotAt(i) = default;
        _placed--;
        handle.Removed = true;
        if (++_removed > 64 && _removed > _order.Count / 2)
        {
            Compact();
        }

        return true;
    }

    /// <summary>Makes room for <paramref name="capacity"/> facts without rebuilding the filter or growing the order step by step.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > SmallCount && capacity - Count > _filterRoom)
        {
            RebuildFilter(capacity);
        }

        _order.EnsureCapacity(capacity + _removed);
        _hashes.EnsureCapacity(capacity + _removed);
    }

    /// <summary>The stored form of a hash: mixed (the identity hash's low bits are not uniform) and never 0.</summary>
    private static int Stored(int hash) => (int)((uint)hash * 0x9E3779B9u) | 1;

    private int Home(int stored) => (int)((uint)stored >> _shift);

    private ref Slot SlotAt(int i) => ref _pages[i >> PageShift][i & (PageSize - 1)];

    /// <summary>
    /// The unplaced handle of <paramref name="fact"/>, or null; places the tail once scans have read enough (see the
    /// class remarks).
    /// </summary>
    private FactHandle? FindUnplaced(object fact, int stored)
    {
        const int Shift = SegmentedList<int>.PageShift;
        const int Mask = SegmentedList<int>.PageSize - 1;
        var end = _hashes.Count;
        for (var i = _placedUpTo; i < end;)
        {
            var at = _hashes.Page(i >> Shift)[(i & Mask)..].IndexOf(stored);
            if (at < 0)
            {
                i = (i | Mask) + 1; // the next page
                continue;
            }

            i += at;
            if (ReferenceEquals(_order[i].Fact, fact))
            {
                return _order[i];
            }

            i++;
        }

        _scanned += end - _placedUpTo;
        if (_blockMask >= 0 && _scanned > (long)ScansPerPlacement * (end - _placedUpTo))
        {
            Place();
        }

        return null;
    }

    /// <summary>Places the unplaced tail in the table, growing the table first when it would not fit.</summary>
    private void Place()
    {
        var end = _order.Count;
        if (_placedUpTo == end)
        {
            return;
        }

        var count = _placed + end - _placedUpTo;
        if (count * 10L > (_mask + 1L) * 7)
        {
            Resize(count);
        }

        for (var k = _placedUpTo; k < end; k++)
        {
            Place(_order[k], _hashes[k]);
        }

        _placed = count;
        _placedUpTo = end;
        _scanned = 0;
    }

    private void Place(FactHandle handle, int stored)
    {
        var i = Home(stored);
        while (SlotAt(i).Hash != 0)
        {
            i = (i + 1) & _mask;
        }

        SlotAt(i) = new Slot(handle, stored);
    }

    /// <summary>Rebuilds the table with room for <paramref name="minimum"/> facts at a load of at most 0.7.</summary>
    private void Resize(int minimum)
    {
        var old = _pages;
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (minimum * 10L / 7) + 1));
        _mask = slots - 1;
        _shift = 32 - BitOperations.Log2((uint)slots);
        var pages = (slots + PageSize - 1) >> PageShift;
        _pages = new Slot[pages][];
        for (var p = 0; p < pages; p++)
        {
            _pages[p] = new Slot[Math.Min(PageSize, slots - (p << PageShift))];
        }

        foreach (var page in old)
        {
            foreach (var slot in page)
            {
                if (slot.Hash != 0)
                {
                    Place(slot.Handle!, slot.Hash);
                }
            }
        }
    }

    /// <summary>Drops the removed handles from the order (called when everything is placed).</summary>
    private void Compact()
    {
        var order = new SegmentedList<FactHandle>();
        var hashes = new SegmentedList<int>();
        for (var i = 0; i < _order.Count; i++)
        {
            if (!_order[i].Removed)
            {
                order.Add(_order[i]);
                hashes.Add(_hashes[i]);
            }
        }

        (_order, _hashes, _removed, _placedUpTo) = (order, hashes, 0, order.Count);
    }

    /// <summary>The filter block of a stored hash (chosen by a multiplicative hash's high bits): its eight words.</summary>
    private Span<ulong> BlockOf(int stored)
    {
        var block = (int)(((ulong)(uint)stored * 0x9E3779B97F4A7C15UL) >> 32) & _blockMask;
        return _filter[block >> (FilterPageShift - BlockShift)].AsSpan((block << BlockShift) & (FilterPageSize - 1), 1 << BlockShift);
    }

    /// <summary>Six bit positions in a block for a stored hash: the six low 9-bit fields of a second mix.</summary>
    private static ulong BitsOf(int stored)
    {
        var x = (ulong)(uint)stored * 0xBF58476D1CE4E5B9UL;
        return x ^ (x >> 29);
    }

    /// <summary>False when the filter rules <paramref name="stored"/> out; true without a filter (a small map).</summary>
    private bool MayContain(int stored)
    {
        if (_blockMask < 0)
        {
            return true;
        }

        var words = BlockOf(stored);
        var bits = BitsOf(stored);
        for (var k = 0; k < 6; k++, bits >>= 9)
        {
            var bit = (int)bits & 511;
            if ((words[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private void AddToFilter(int stored)
    {
        var words = BlockOf(stored);
        var bits = BitsOf(stored);
        for (var k = 0; k < 6; k++, bits >>= 9)
        {
            var bit = (int)bits & 511;
            words[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>Sizes a new filter for <paramref name="capacity"/> facts (twice the live ones at least) and adds the live ones.</summary>
    private void RebuildFilter(int capacity)
    {
        var blocks = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, (Math.Max(capacity, 2 * Count) + FactsPerBlock - 1) / FactsPerBlock));
        var words = blocks << BlockShift;
        var pages = (words + FilterPageSize - 1) >> FilterPageShift;
        _filter = new ulong[pages][];
        for (var p = 0; p < pages; p++)
        {
            _filter[p] = new ulong[Math.Min(FilterPageSize, words - (p << FilterPageShift))];
        }

        _blockMask = blocks - 1;
        _filterRoom = (blocks * FactsPerBlock) - Count;
        for (var i = 0; i < _order.Count; i++)
        {
            if (!_order[i].Removed)
            {
                AddToFilter(_hashes[i]);
            }
        }
    }

    /// <summary>A slot: a handle and its stored hash (see <see cref="Stored"/>; 0: empty).</summary>
    private readonly record struct Slot(FactHandle? Handle, int Hash);
}
