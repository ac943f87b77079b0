using System.Collections.Immutable;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Builder;

/// <summary>
/// Writes rules in C#: <c>set.Rule("T00").When(w =&gt; w.Match&lt;Metric&gt;("m", m =&gt; m.Value &gt; 85)).Then(ctx =&gt; ...)</c>,
/// then <see cref="Build"/> gives the <see cref="RuleDefinition"/>s for <see cref="RuleCompiler"/>.
/// Mutable and not thread-safe.
/// </summary>
public sealed class RuleSetBuilder
{
    private readonly List<RuleBuilder> _rules = new();

    /// <summary>Starts a rule. Rules keep the order in which they are started.</summary>
    /// <param name="name">The rule's unique name.</param>
    public RuleBuilder Rule(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var rule = new RuleBuilder(name);
        _rules.Add(rule);
        return rule;
    }

    /// <summary>Adds a rule defined elsewhere (for example compiled from YAML).</summary>
    public RuleSetBuilder Add(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(new RuleBuilder(rule));
        return this;
    }

    /// <summary>The rules built so far, in order.</summary>
    public ImmutableArray<RuleDefinition> Build() => _rules.Select(r => r.Build()).ToImmutableArray();
}
