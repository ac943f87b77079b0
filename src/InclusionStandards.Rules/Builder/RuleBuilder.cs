using System.Collections.Immutable;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Builder;

/// <summary>Builds one rule: its conditions (<see cref="When"/>), actions (<see cref="Then"/>) and attributes. Mutable; not thread-safe.</summary>
public sealed class RuleBuilder
{
    private readonly RuleDefinition? _prebuilt;
    private readonly WhenBuilder _when = new();
    private readonly ImmutableArray<Action<IActionContext>>.Builder _actions = ImmutableArray.CreateBuilder<Action<IActionContext>>();
    private readonly ImmutableArray<string>.Builder _tags = ImmutableArray.CreateBuilder<string>();
    private readonly ImmutableDictionary<string, string>.Builder _metadata = ImmutableDictionary.CreateBuilder<string, string>();
    private string _description = string.Empty;
    private int _salience;

    internal RuleBuilder(string name) => Name = name;

    internal RuleBuilder(RuleDefinition rule)
    {
        Name = rule.Name;
        _prebuilt = rule;
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>Sets the salience (priority); higher fires first. Default 0.</summary>
    public RuleBuilder Salience(int salience)
    {
        _salience = salience;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public RuleBuilder Description(string description)
    {
        _description = description ?? string.Empty;
        return this;
    }

    /// <summary>Adds a tag.</summary>
    public RuleBuilder Tag(string tag)
    {
        _tags.Add(tag);
        return this;
    }

    /// <summary>Sets a metadata entry.</summary>
    public RuleBuilder Metadata(string key, string value)
    {
        _metadata[key] = value;
        return this;
    }

    /// <summary>Adds left-hand-side elements (may be called more than once; elements are appended).</summary>
    public RuleBuilder When(Action<WhenBuilder> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        conditions(_when);
        return this;
    }

    /// <summary>Adds an action (may be called more than once; actions run in order).</summary>
    public RuleBuilder Then(Action<IActionContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _actions.Add(action);
        return this;
    }

    internal RuleDefinition Build() => _prebuilt ?? new RuleDefinition(Name, _when.Elements, _actions.ToImmutable())
    {
        Description = _description,
        Salience = _salience,
        Tags = _tags.ToImmutable(),
        Metadata = _metadata.ToImmutable(),
    };
}
