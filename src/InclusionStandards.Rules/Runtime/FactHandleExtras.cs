namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The rarer parts of a fact's match record, kept out of <see cref="FactHandle"/> so that a typical fact's handle stays
/// small: alpha-list memberships (only memories scanned by unindexed joins), join buckets beyond the first two, and the
/// group-node matches that keep their own fact lists. Session-owned.
/// </summary>
internal sealed class FactHandleExtras
{
    public List<AlphaEntry>? Alphas;
    public JoinBucket[]? MoreBuckets;
    public int MoreCount;
    public List<Token>? GroupTokens;
}
