namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// One spare object kept for reuse across sessions: taken and given back atomically, so concurrent sessions either get
/// it or make their own. Thread-safe.
/// </summary>
internal sealed class Spare<T>
    where T : class
{
    private T? _item;

    /// <summary>The spare object, or null when there is none (or another session holds it).</summary>
    public T? Take() => Interlocked.Exchange(ref _item, null);

    /// <summary>Keeps <paramref name="item"/> as the spare unless there already is one.</summary>
    public void Give(T item) => Interlocked.CompareExchange(ref _item, item, null);
}
