using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>A complete match of a rule waiting on (or fired from) the agenda. Session-owned.</summary>
internal sealed class Activation
{
    public Activation(CompiledRule rule, Token token, long sequence)
    {
        Rule = rule;
        Token = token;
        Sequence = sequence;
    }

    public CompiledRule Rule { get; }

    public Token Token { get; }

    public long Sequence { get; }

    /// <summary>The next activation of the same rule on the agenda (see <see cref="Agenda"/>).</summary>
    public Activation? NextInAgenda;

    public bool Fired;
    public bool Removed;

    /// <summary>Facts this activation inserted logically (truth maintenance).</summary>
    public List<FactHandle>? Justified;
}
