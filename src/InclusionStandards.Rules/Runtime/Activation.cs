using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// A complete match of a rule waiting on (or fired from) the agenda: the last token of the rule's chain, so a complete
/// match costs one object. Session-owned.
/// </summary>
internal sealed class Activation : Token
{
    public Activation(CompiledRule rule, Token parent, object? value, FactHandle? handle, int depth)
        : base(parent, value, handle, depth) => Rule = rule;

    public CompiledRule Rule { get; }

    /// <summary>The next activation of the same salience on the agenda (see <see cref="Agenda"/>).</summary>
    public Activation? NextInAgenda;

    public bool Fired;
    public bool Removed;

    /// <summary>The first fact this activation inserted logically (truth maintenance); usually the only one.</summary>
    public FactHandle? Justified;

    /// <summary>Further facts this activation inserted logically.</summary>
    public List<FactHandle>? MoreJustified;

    /// <summary>Records that this activation justifies <paramref name="handle"/>.</summary>
    public void Justify(FactHandle handle)
    {
        if (Justified is null)
        {
            Justified = handle;
        }
        else
        {
            (MoreJustified ??= new List<FactHandle>(2)).Add(handle);
        }
    }
}
