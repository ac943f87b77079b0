namespace InclusionStandards.Rules.Network;

/// <summary>
/// A node of the alpha network: a test on one fact, shared by every rule whose pattern has the same tests in the
/// same order. A node that ends some pattern's tests owns an alpha memory (<see cref="MemoryId"/> ≥ 0) and feeds
/// beta nodes. Immutable after compilation.
/// </summary>
internal sealed class AlphaNode
{
    private readonly Dictionary<string, AlphaNode> _byKey = new(StringComparer.Ordinal);
    private readonly List<AlphaNode> _children = new();
    private readonly List<BetaNode> _successors = new();
    private readonly HashSet<string> _rules = new(StringComparer.Ordinal);

    public AlphaNode(Compilation.Tiered<Func<object, bool>>? test, Compilation.AlphaEquality? equality = null)
    {
        Test = test;
        Equality = equality;
    }

    /// <summary>Set when the test is <c>f.X == constant</c>: the parent then dispatches it by hash (see <see cref="Groups"/>).</summary>
    public Compilation.AlphaEquality? Equality { get; }

    /// <summary>The index of this node's hash group in its parent's <see cref="Groups"/> (−1: tested by <see cref="Test"/>).</summary>
    public int GroupIndex { get; private set; } = -1;

    /// <summary>The id of this node's constant within its hash group.</summary>
    public int ValueId { get; private set; } = -1;

    /// <summary>
    /// The children's equality tests grouped by selector: a fact's selector value is computed once and looked up, and a
    /// child passes when its constant has that id. Children are still visited in their order.
    /// </summary>
    public AlphaHashGroup[] Groups { get; private set; } = [];

    /// <summary>The indices of the children tested one by one (not in a hash group), ascending.</summary>
    public int[] Unhashed { get; private set; } = [];

    /// <summary>The test (null for a type root, whose test is the type match).</summary>
    public Compilation.Tiered<Func<object, bool>>? Test { get; }

    public int MemoryId { get; set; } = -1;

    public AlphaNode[] Children { get; private set; } = [];

    /// <summary>Beta nodes fed by this node's memory, deepest first (so a fact joins itself once).</summary>
    public BetaNode[] Successors { get; private set; } = [];

    /// <summary>The rules using this node, for error messages.</summary>
    public string RuleNames { get; private set; } = string.Empty;

    public string[] Rules { get; private set; } = [];

    /// <summary>
    /// True when some successor after the first element is not hash-indexed and so scans this memory's fact list on
    /// left activations (a first element's left side exists before any fact, so it never scans).
    /// </summary>
    public bool NeedsList { get; private set; }

    public AlphaNode Child(string key, Compilation.Tiered<Func<object, bool>> test, string rule, Compilation.AlphaEquality? equality = null)
    {
        if (!_byKey.TryGetValue(key, out var child))
        {
            child = new AlphaNode(test, equality);
            _byKey.Add(key, child);
            _children.Add(child);
        }

        child._rules.Add(rule);
        return child;
    }

    public void AddSuccessor(BetaNode node, string rule)
    {
        _successors.Add(node);
        _rules.Add(rule);
    }

    /// <summary>
    /// Whether <paramref name="fact"/> passes into <paramref name="child"/>: its hash group's lookup (computed once per
    /// group and kept in <paramref name="groupIds"/>, which starts filled with −2) or its own test. May throw (a
    /// condition's exception); callers decide how to report it.
    /// </summary>
    public bool ChildPasses(AlphaNode child, object fact, Span<int> groupIds)
    {
        if (child.GroupIndex < 0)
        {
            return child.Test!.Invoke(fact);
        }

        ref var id = ref groupIds[child.GroupIndex];
        if (id == -2)
        {
            id = Groups[child.GroupIndex].Lookup(fact);
        }

        return id == child.ValueId;
    }

    /// <summary>Freezes the lists into arrays (recursively).</summary>
    public void Freeze()
    {
        Children = _children.ToArray();
        var groups = new List<AlphaHashGroup>();
        var bySelector = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in Children)
        {
            if (child.Equality is not { } eq)
            {
                continue;
            }

            if (!bySelector.TryGetValue(eq.SelectorKey, out var g))
            {
                g = groups.Count;
                bySelector.Add(eq.SelectorKey, g);
                groups.Add(new AlphaHashGroup(eq.Selector));
            }

            child.GroupIndex = g;
            child.ValueId = groups[g].IdOf(eq.Value);
        }

        Groups = groups.ToArray();
        var unhashed = new List<int>();
        for (var i = 0; i < Children.Length; i++)
        {
            if (Children[i].GroupIndex < 0)
            {
                unhashed.Add(i);
            }
            else
            {
                Groups[Children[i].GroupIndex].AddChild(Children[i].Equality!.Value, i, Children[i]);
            }
        }

        Unhashed = unhashed.ToArray();
        Successors = _successors.OrderByDescending(s => s.Depth).ThenBy(s => s.Id).ToArray();
        var leaders = new Dictionary<int, BetaNode>();
        foreach (var s in Successors)
        {
            if (s.Indexed && s.RightKeySlot >= 0 && !leaders.TryAdd(s.RightKeySlot, s))
            {
                leaders[s.RightKeySlot].Lead(s); // same facts, same key: one shared bucket per key
            }
        }

        NeedsList = _successors.Exists(s => !s.Indexed && s.Depth > 0); // a first element never scans (its left side is fixed before any fact arrives)
        Rules = _rules.Order(StringComparer.Ordinal).ToArray();
        RuleNames = string.Join(", ", Rules.Select(r => $"'{r}'"));
        foreach (var c in Children)
        {
            c.Freeze();
        }
    }
}

/// <summary>
/// Equality tests of sibling alpha nodes on one selector: the ids of their constants. String constants (the usual case)
/// get string-keyed tables, whose default comparer hashes faster than a string seen as an object. Immutable after
/// compilation.
/// </summary>
internal sealed class AlphaHashGroup
{
    private readonly Dictionary<object, int> _ids = new();
    private readonly Dictionary<object, int[]> _children = new();
    private readonly Dictionary<string, int> _stringIds = new();
    private readonly Dictionary<string, int[]> _stringChildren = new();

    /// <summary>A failing selector is reported for the first child (in order) that needed it, like its test would be.</summary>
    public AlphaHashGroup(Compilation.Tiered<Func<object, object?>> selector) => Selector = selector;

    public Compilation.Tiered<Func<object, object?>> Selector { get; }

    public int IdOf(object value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _ids.Count;
            _ids.Add(value, id);
            if (value is string s)
            {
                _stringIds.Add(s, id);
            }
        }

        return id;
    }

    /// <summary>The node whose rules a failing selector names (the group's first child in order).</summary>
    public AlphaNode? FirstChild { get; private set; }

    public void AddChild(object value, int index, AlphaNode child)
    {
        FirstChild ??= child;
        _children[value] = _children.TryGetValue(value, out var list) ? [.. list, index] : [index];
        if (value is string s)
        {
            _stringChildren[s] = _children[value];
        }
    }

    /// <summary>The indices (ascending) of the children whose constant equals the fact's selector value.</summary>
    public int[] Matching(object fact) =>
        Selector.Invoke(fact) switch
        {
            string s => _stringChildren.TryGetValue(s, out var list) ? list : [],
            { } v => _children.TryGetValue(v, out var list) ? list : [],
            null => [],
        };

    /// <summary>The id of the fact's selector value (−1: no child's constant).</summary>
    public int Lookup(object fact) =>
        Selector.Invoke(fact) switch
        {
            string s => _stringIds.TryGetValue(s, out var id) ? id : -1,
            { } v => _ids.TryGetValue(v, out var id) ? id : -1,
            null => -1,
        };
}
