namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// A partial match consumed by a group node that keeps its own list of matching facts (its element has beta tests
/// beyond the join key, or a forall requirement). Other partial matches need no such field: a group node that matches
/// on the key alone reads its bucket's facts. Session-owned.
/// </summary>
internal sealed class GroupToken : Token
{
    public GroupToken(Token? parent, object? value, FactHandle? handle, int depth)
        : base(parent, value, handle, depth)
    {
    }

    /// <summary>The facts matching this partial match (null until the first).</summary>
    public FactList? OwnMatches;
}
