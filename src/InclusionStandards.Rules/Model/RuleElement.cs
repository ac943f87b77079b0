namespace InclusionStandards.Rules.Model;

/// <summary>
/// One element of a rule's left-hand side: <see cref="PatternElement"/>, <see cref="NotElement"/>,
/// <see cref="ExistsElement"/>, <see cref="ForAllElement"/> or <see cref="AggregateElement"/>. Immutable.
/// </summary>
/// <remarks>
/// Elements are matched left to right; the conditions of an element may refer to the declarations bound by
/// earlier elements (the join). Elements do not nest beyond what each element type describes.
/// </remarks>
public abstract record RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>
    /// The declaration this element binds for later elements and for the actions, or <see langword="null"/> when it
    /// binds nothing (not, exists, forall).
    /// </summary>
    public abstract Declaration? Binds { get; }
}
