namespace InclusionStandards.Rules.Runtime;

/// <summary>A fact's place in an alpha memory (a doubly linked list, so removal is O(1) and order is insertion order).</summary>
internal sealed class AlphaEntry
{
    public AlphaEntry(FactHandle handle, AlphaList list)
    {
        Handle = handle;
        List = list;
    }

    public FactHandle Handle { get; }

    public AlphaList List { get; }

    public AlphaEntry? Previous;
    public AlphaEntry? Next;
}
