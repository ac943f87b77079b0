using System.Collections;

namespace InclusionStandards.Rules.Collections;

/// <summary>
/// An append-only list stored in pages of at most <see cref="PageSize"/> elements, so it never allocates an array on
/// the large-object heap (LOH). A session's lists grow with the number of facts; a <see cref="List{T}"/> would move to
/// the LOH past ~10,000 references, and every LOH allocation counts towards a full (gen 2) collection of the whole,
/// mostly live, working memory — the cost that made a session grow faster than linearly. The first page grows by
/// doubling (small sessions stay small); later pages are allocated full and never copied.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class SegmentedList<T> : IReadOnlyList<T>
{
    /// <summary>Elements per page: 8,192 references are 64 KiB, below the 85,000-byte LOH threshold.</summary>
    internal const int PageShift = 13;
    internal const int PageSize = 1 << PageShift;
    private const int PageMask = PageSize - 1;

    private T[][] _pages = [];
    private int _count;

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _pages[index >> PageShift][index & PageMask];
        }
    }

    /// <summary>How many pages hold elements.</summary>
    public int PageCount => (_count + PageSize - 1) >> PageShift;

    /// <summary>The elements of page <paramref name="page"/> (&lt; <see cref="PageCount"/>), for scans that want spans.</summary>
    public ReadOnlySpan<T> Page(int page) => _pages[page].AsSpan(0, Math.Min(PageSize, _count - (page << PageShift)));

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(T item)
    {
        var page = _count >> PageShift;
        var offset = _count & PageMask;
        if (page == _pages.Length || offset == _pages[page].Length)
        {
            Grow(page);
        }

        _pages[page][offset] = item;
        _count++;
    }

    /// <summary>Empties the list, keeping its pages for reuse (references are cleared for the collector).</summary>
    public void Clear()
    {
        for (var p = 0; p < _pages.Length && p << PageShift < _count; p++)
        {
            Array.Clear(_pages[p], 0, Math.Min(_pages[p].Length, _count - (p << PageShift)));
        }

        _count = 0;
    }

    /// <summary>
    /// Makes room for <paramref name="capacity"/> elements without growing step by step, as far as the first page goes
    /// (later pages are allocated full anyway).
    /// </summary>
    public void EnsureCapacity(int capacity)
    {
        var first = (int)Math.Min(PageSize, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, capacity)));
        if (_pages.Length == 0)
        {
            _pages = [new T[first]];
        }
        else if (_pages.Length == 1 && _pages[0].Length < first)
        {
            Array.Resize(ref _pages[0], first);
        }
    }

    private void Grow(int page)
    {
        if (page == 0 && _pages.Length == 1)
        {
            // The first page doubles up to a full page.
            Array.Resize(ref _pages[0], Math.Min(PageSize, _pages[0].Length * 2));
            return;
        }

        if (page == _pages.Length)
        {
            Array.Resize(ref _pages, page + 1);
        }

        _pages[page] = new T[page == 0 ? 4 : PageSize];
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _pages[i >> PageShift][i & PageMask];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
