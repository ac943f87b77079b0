namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The facts matching something, in arrival order: an array and a count in one object (a join bucket's facts, or a
/// group node's matches for one partial match). Removal keeps the order, because collect and group-by results follow
/// it. Session-owned.
/// </summary>
internal class FactList
{
    private static readonly FactHandle[] None = [];

    private FactHandle[] _items = None;

    /// <summary>The capacity of the first array (grown by doubling after that); read once, when the first fact arrives.</summary>
    protected virtual int InitialCapacity => 2;

    public int Count { get; private set; }

    public FactHandle this[int index] => _items[index];

    public void Add(FactHandle handle)
    {
        if (Count == _items.Length)
        {
            // A typed allocation and copy: the generic Array.Resize is markedly slower for reference types.
            var items = new FactHandle[Count == 0 ? Math.Max(1, InitialCapacity) : Count * 2];
            Array.Copy(_items, items, Count);
            _items = items;
        }

        _items[Count++] = handle;
    }

    public bool Remove(FactHandle handle)
    {
        var i = Array.IndexOf(_items, handle, 0, Count);
        if (i < 0)
        {
            return false;
        }

        Count--;
        Array.Copy(_items, i + 1, _items, i, Count - i);
        _items[Count] = null!;
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>A non-allocating enumerator.</summary>
    public struct Enumerator
    {
        private readonly FactList _list;
        private int _index;

        public Enumerator(FactList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly FactHandle Current => _list._items[_index];

        public bool MoveNext() => ++_index < _list.Count;
    }
}
