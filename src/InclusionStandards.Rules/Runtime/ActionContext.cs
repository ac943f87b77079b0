using System.Collections.Immutable;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Runtime;

/// <summary>The context passed to actions; reused across firings of one <see cref="Session.Fire"/> call.</summary>
internal sealed class ActionContext : IActionContext
{
    private readonly Session _session;
    private Activation? _activation;
    private ImmutableArray<object?> _facts;

    public ActionContext(Session session) => _session = session;

    public RuleDefinition Rule => Current.Rule.Definition;

    public IReadOnlyList<object?> Facts => _facts;

    private Activation Current => _activation ?? throw new InvalidOperationException("The action context is only valid while its action runs.");

    public void Start(Activation activation, ImmutableArray<object?> facts)
    {
        _activation = activation;
        _facts = facts;
    }

    public void End() => _activation = null;

    public T Get<T>(string declaration)
    {
        var rule = Current.Rule;
        if (!rule.Depths.TryGetValue(declaration, out var depth))
        {
            throw new RuleExecutionException(
                $"Rule '{rule.Name}': the action asked for '{declaration}', which the rule does not bind (bound: {string.Join(", ", rule.Depths.Keys.Select(k => $"'{k}'"))}).",
                [rule.Name]);
        }

        var value = _facts[depth];
        if (value is T typed)
        {
            return typed;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new RuleExecutionException(
            $"Rule '{rule.Name}': the action asked for '{declaration}' as {typeof(T).Name}, but it is bound to a {value?.GetType().Name ?? "null"}.",
            [rule.Name]);
    }

    public void Insert(object fact) => _session.Insert(fact);

    public void InsertLogical(object fact) => _session.InsertLogical(Current, fact);

    public void Update(object fact) => _session.Update(fact);

    public void Retract(object fact) => _session.Retract(fact);

    public void Emit(object result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _session.Emit(result);
    }
}
