using System.Collections;

namespace InclusionStandards.Rules.Network;

/// <summary>A group-by result: a key and its facts in insertion order. Immutable.</summary>
internal sealed class Grouping<TKey, T> : IGrouping<TKey, T>, IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _items;

    public Grouping(TKey key, IReadOnlyList<T> items)
    {
        Key = key;
        _items = items;
    }

    public TKey Key { get; }

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}: [{string.Join(", ", _items)}]";
}
