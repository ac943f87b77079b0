using System.Linq.Expressions;
using InclusionStandards.Rules.Builder;
using InclusionStandards.Rules.Model;
using InclusionStandards.Rules.Network;
using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// Builds the network: validates each rule, compiles its conditions, shares alpha nodes across rules and chains one
/// beta node per element. Not thread-safe (one instance per compilation).
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly Dictionary<FactType, AlphaNode> _roots = new();
    private readonly List<(FactType, AlphaNode)> _rootOrder = new();
    private readonly Dictionary<string, int> _keySlots = new(StringComparer.Ordinal);
    private int _alphaMemories;
    private int _betaNodes;
    private int _stateSlots;

    /// <summary>Builds the network; with <paramref name="interpret"/>, conditions are interpreted (cheap to build, slower to run).</summary>
    public static SessionFactory Build(IReadOnlyList<RuleDefinition> rules, bool interpret)
    {
        var previous = ConditionCompiler.Interpret;
        ConditionCompiler.Interpret = interpret;
        try
        {
            return Build(rules);
        }
        finally
        {
            ConditionCompiler.Interpret = previous;
        }
    }

    public static SessionFactory Build(IReadOnlyList<RuleDefinition> rules)
    {
        var builder = new NetworkBuilder();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new CompiledRule[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i] ?? throw new ArgumentException($"Rule {i} is null.", nameof(rules));
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                throw new RuleDefinitionException($"#{i}", "a rule needs a name.");
            }

            if (!names.Add(rule.Name))
            {
                throw new RuleDefinitionException(rule.Name, "another rule has the same name.");
            }

            compiled[i] = builder.BuildRule(rule, i);
        }

        foreach (var (_, root) in builder._rootOrder)
        {
            root.Freeze();
        }

        return new SessionFactory(compiled, builder._rootOrder, builder._alphaMemories, builder._stateSlots);
    }

    private CompiledRule BuildRule(RuleDefinition rule, int index)
    {
        var name = rule.Name;
        if (rule.Elements.IsDefaultOrEmpty)
        {
            throw new RuleDefinitionException(name, "the rule has no conditions (elements); it needs at least one.");
        }

        if (rule.Actions.IsDefault || rule.Actions.Any(a => a is null))
        {
            throw new RuleDefinitionException(name, "the actions must not be null.");
        }

        var scope = new Scope();
        var pending = new List<Func<CompiledRule, BetaNode>>();
        for (var depth = 0; depth < rule.Elements.Length; depth++)
        {
            pending.Add(Element(name, rule.Elements[depth], depth, scope));
        }

        var compiled = new CompiledRule(rule, index, scope.Depths());
        BetaNode? previous = null;
        foreach (var make in pending)
        {
            var node = make(compiled);
            if (previous is null)
            {
                compiled.First = node;
            }
            else
            {
                previous.Next = node;
            }

            previous = node;
        }

        return compiled;
    }

    private Func<CompiledRule, BetaNode> Element(string rule, RuleElement element, int depth, Scope scope)
    {
        switch (element)
        {
            case PatternElement p:
            {
                var (alpha, cs) = Source(rule, p, scope);
                var id = _betaNodes++;
                var state = depth == 0 ? -1 : _stateSlots++; // a first join keeps no per-session state
                scope.Add(p.Declaration, depth);
                return r => Attach(alpha, new JoinNode(id, depth, r, alpha, cs.RightKey, cs.LeftKey, cs.Beta.ToArray()) { RightKeySlot = Slot(cs), StateSlot = state });
            }

            case NotElement n:
                return Group(rule, n.Pattern, depth, scope, GroupKind.None, null);
            case ExistsElement e:
                return Group(rule, e.Pattern, depth, scope, GroupKind.Some, null);
            case ForAllElement f:
            {
                Check(rule, f.Pattern, scope);
                var requirement = ConditionCompiler.CompileConjunction(rule, Conditions(f.Requirements), f.Pattern.Declaration, scope);
                return Group(rule, f.Pattern, depth, scope, GroupKind.None, requirement);
            }

            case AggregateElement a:
                return Aggregate(rule, a, depth, scope);
            case null:
                throw new RuleDefinitionException(rule, $"element {depth} is null.");
            default:
                throw new RuleDefinitionException(rule, $"element {depth} is of unknown kind {element.GetType().Name}.");
        }
    }

    private Func<CompiledRule, BetaNode> Group(string rule, PatternElement pattern, int depth, Scope scope, GroupKind kind, Tiered<Func<Runtime.Token, object, bool>>? requirement,
        Aggregator? aggregator = null, Tiered<Func<Runtime.Token, object, bool>>[]? resultTests = null)
    {
        var (alpha, cs) = Source(rule, pattern, scope);
        var id = _betaNodes++;
        var state = _stateSlots++;
        return r => Attach(alpha, new GroupNode(id, depth, r, alpha, cs.RightKey, cs.LeftKey, cs.Beta.ToArray(), kind, requirement, aggregator, resultTests ?? []) { RightKeySlot = Slot(cs), StateSlot = state });
    }

    private Func<CompiledRule, BetaNode> Aggregate(string rule, AggregateElement a, int depth, Scope scope)
    {
        if (a.Result is null || a.Source is null)
        {
            throw new RuleDefinitionException(rule, $"aggregate element {depth} needs a result declaration and a source pattern.");
        }

        Check(rule, a.Source, scope);
        CheckName(rule, a.Result, scope);
        if (a.Result.Name == a.Source.Declaration.Name)
        {
            throw new RuleDefinitionException(rule, $"the aggregate result and its source are both named '{a.Result.Name}'.");
        }

        var needsSelector = a.Kind is not (AggregateKind.Count or AggregateKind.Collect);
        if (needsSelector != a.Selector is not null)
        {
            throw new RuleDefinitionException(rule, needsSelector ? $"the {a.Kind} aggregate '{a.Result.Name}' needs a selector." : $"the {a.Kind} aggregate '{a.Result.Name}' takes no selector.");
        }

        var expected = WhenBuilder.AggregateResultType(a.Kind, a.Source.Declaration.Type, a.Selector);
        if (!a.Result.Type.ClrType.IsAssignableFrom(expected))
        {
            throw new RuleDefinitionException(rule, $"the {a.Kind} aggregate '{a.Result.Name}' produces {expected.Name}, but its declaration has type {a.Result.Type.ClrType.Name}.");
        }

        var selector = a.Selector is null ? null : ConditionCompiler.CompileSelector(rule, a.Selector, a.Source.Declaration,
            a.Kind is AggregateKind.Sum or AggregateKind.Average ? typeof(double) : null);
        var number = a.Kind is AggregateKind.Sum or AggregateKind.Average ? ConditionCompiler.CompileNumericSelector(rule, a.Selector!) : null;
        var aggregator = new Aggregator(a.Kind, selector, a.Source.Declaration.Type.ClrType, a.Selector?.ReturnType, number);
        var results = new ConditionSet();
        ConditionCompiler.Compile(rule, Conditions(a.Conditions), a.Result, scope, alpha: false, results);
        var make = Group(rule, a.Source, depth, scope, GroupKind.Aggregate, null, aggregator, results.Beta.ToArray());
        scope.Add(a.Result, depth);
        return make;
    }

    private (AlphaNode Alpha, ConditionSet Conditions) Source(string rule, PatternElement pattern, Scope scope)
    {
        Check(rule, pattern, scope);
        var cs = new ConditionSet();
        ConditionCompiler.Compile(rule, Conditions(pattern.Conditions), pattern.Declaration, scope, alpha: true, cs);
        var type = pattern.Declaration.Type;
        if (!_roots.TryGetValue(type, out var node))
        {
            node = new AlphaNode(null);
            _roots.Add(type, node);
            _rootOrder.Add((type, node));
        }

        foreach (var (key, test, equality) in cs.Alpha)
        {
            node = node.Child(key, test, rule, equality);
        }

        if (node.MemoryId < 0)
        {
            node.MemoryId = _alphaMemories++;
        }

        return (node, cs);
    }

    private int Slot(ConditionSet cs)
    {
        if (cs.RightKeyId is null)
        {
            return -1;
        }

        if (!_keySlots.TryGetValue(cs.RightKeyId, out var slot))
        {
            slot = _keySlots.Count;
            _keySlots.Add(cs.RightKeyId, slot);
        }

        return slot;
    }

    private static BetaNode Attach(AlphaNode alpha, BetaNode node)
    {
        alpha.AddSuccessor(node, node.Rule.Name);
        return node;
    }

    private static void Check(string rule, PatternElement? pattern, Scope scope)
    {
        if (pattern?.Declaration?.Type is null)
        {
            throw new RuleDefinitionException(rule, "a pattern needs a declaration with a fact type.");
        }

        CheckName(rule, pattern.Declaration, scope);
    }

    private static void CheckName(string rule, Declaration declaration, Scope scope)
    {
        if (string.IsNullOrWhiteSpace(declaration.Name))
        {
            throw new RuleDefinitionException(rule, "a declaration needs a name.");
        }

        if (scope.Contains(declaration.Name))
        {
            throw new RuleDefinitionException(rule, $"the name '{declaration.Name}' is declared twice.");
        }
    }

    private static IEnumerable<LambdaExpression> Conditions(System.Collections.Immutable.ImmutableArray<LambdaExpression> conditions) =>
        conditions.IsDefault ? [] : conditions;
}
