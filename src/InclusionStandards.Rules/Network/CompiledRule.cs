using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Network;

/// <summary>A rule in the network: its definition, position, first beta node and declaration depths. Immutable.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(RuleDefinition definition, int index, IReadOnlyDictionary<string, int> depths)
    {
        Definition = definition;
        Index = index;
        Depths = depths;
        Actions = definition.Actions.ToArray();
    }

    public RuleDefinition Definition { get; }

    public string Name => Definition.Name;

    /// <summary>The rule's position in the compiled set.</summary>
    public int Index { get; }

    public int Salience => Definition.Salience;

    public int ElementCount => Definition.Elements.Length;

    /// <summary>Declaration name → token depth of its value.</summary>
    public IReadOnlyDictionary<string, int> Depths { get; }

    public Action<IActionContext>[] Actions { get; }

    public BetaNode First { get; set; } = null!;
}
