using System.Numerics;
using System.Runtime.CompilerServices;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The session's facts by identity: open addressing with linear probing, each slot holding a handle and its fact's
/// hash. Looking a fact up touches a handle only when the hash matches — so inserting a new fact (a lookup that fails)
/// reads no handle at all, and its probe and its write fall in the same cache line. In a large session the handles
/// are spread over megabytes, and following a chain through them cost a cache miss per step. Removal shifts the
/// following entries back, so no tombstones accumulate. The slots are paged below the large-object-heap threshold
/// (see <see cref="Collections.SegmentedList{T}"/> for why). Session-owned.
/// </summary>
internal sealed class FactHandleMap
{
    private const int PageShift = 12;
    private const int PageSize = 1 << PageShift;

    /// <summary>The most facts a map holds: 0.7 of its largest table (2^30 slots).</summary>
    private const int MaxFacts = (int)((1L << 30) * 7 / 10);

    /// <summary>The slots, paged (4,096 slots of 16 bytes: 64 KB a page).</summary>
    private Slot[][] _pages = [];

    private int _mask = -1;
    private int _shift = 32;

    /// <summary>How many facts the map holds.</summary>
    public int Count { get; private set; }

    /// <summary>The identity hash of a fact (its equality is never consulted: facts are found by reference).</summary>
    public static int HashOf(object fact) => RuntimeHelpers.GetHashCode(fact);

    /// <summary>The handle of <paramref name="fact"/>, or null.</summary>
    public FactHandle? Find(object fact) => Find(fact, HashOf(fact));

    /// <summary>The handle of <paramref name="fact"/> (whose <see cref="HashOf"/> is <paramref name="hash"/>), or null.</summary>
    public FactHandle? Find(object fact, int hash)
    {
        if (Count == 0)
        {
            return null;
        }

        var stored = Stored(hash);
        for (var i = Home(stored); ; i = (i + 1) & _mask)
        {
            var slot = SlotAt(i);
            if (slot.Hash == 0)
            {
                return null;
            }

            if (slot.Hash == stored && ReferenceEquals(slot.Handle!.Fact, fact))
            {
                return slot.Handle;
            }
        }
    }

    /// <summary>Adds a handle whose fact is not in the map.</summary>
    public void Add(FactHandle handle, int hash)
    {
        if ((Count + 1) * 10L > (_mask + 1L) * 7)
        {
            Resize(Count + 1);
        }

        Place(handle, Stored(hash));
        Count++;
    }

    /// <summary>Removes a handle; false when it is not in the map.</summary>
    public bool Remove(FactHandle handle)
    {
        if (Count == 0)
        {
            return false;
        }

        var stored = Stored(HashOf(handle.Fact));
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
        Count--;
        return true;
    }

    /// <summary>Makes room for <paramref name="capacity"/> facts without a resize.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity * 10L > (_mask + 1L) * 7)
        {
            Resize(capacity);
        }
    }

    /// <summary>The stored form of a hash: mixed (the identity hash's low bits are not uniform) and never 0.</summary>
    private static int Stored(int hash) => (int)((uint)hash * 0x9E3779B9u) | 1;

    private int Home(int stored) => (int)((uint)stored >> _shift);

    private ref Slot SlotAt(int i) => ref _pages[i >> PageShift][i & (PageSize - 1)];

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
        if (minimum > MaxFacts)
        {
            throw new InvalidOperationException($"A session holds at most {MaxFacts:N0} facts.");
        }

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

    /// <summary>A slot: a handle and its stored hash (see <see cref="Stored"/>; 0: empty).</summary>
    private readonly record struct Slot(FactHandle? Handle, int Hash);
}
