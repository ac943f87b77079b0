namespace InclusionStandards.Rules.Runtime;

/// <summary>The facts of one alpha memory, in insertion order. Session-owned.</summary>
internal sealed class AlphaList
{
    public AlphaEntry? Head;
    public AlphaEntry? Tail;

    public AlphaEntry Add(FactHandle handle)
    {
        var e = new AlphaEntry(handle, this) { Previous = Tail };
        if (Tail is null)
        {
            Head = e;
        }
        else
        {
            Tail.Next = e;
        }

        Tail = e;
        return e;
    }

    public void Remove(AlphaEntry e)
    {
        if (e.Previous is null)
        {
            Head = e.Next;
        }
        else
        {
            e.Previous.Next = e.Next;
        }

        if (e.Next is null)
        {
            Tail = e.Previous;
        }
        else
        {
            e.Next.Previous = e.Previous;
        }
    }
}
