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

    public AlphaNode(Func<object, bool>? test) => Test = test;

    /// <summary>The test (null for a type root, whose test is the type match).</summary>
    public Func<object, bool>? Test { get; }

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

    public AlphaNode Child(string key, Func<object, bool> test, string rule)
    {
        if (!_byKey.TryGetValue(key, out var child))
        {
            child = new AlphaNode(test);
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

    /// <summary>Freezes the lists into arrays (recursively).</summary>
    public void Freeze()
    {
        Children = _children.ToArray();
        Successors = _successors.OrderByDescending(s => s.Depth).ThenBy(s => s.Id).ToArray();
        NeedsList = _successors.Exists(s => !s.Indexed && s.Depth > 0); // a first element never scans (its left side is fixed before any fact arrives)
        Rules = _rules.Order(StringComparer.Ordinal).ToArray();
        RuleNames = string.Join(", ", Rules.Select(r => $"'{r}'"));
        foreach (var c in Children)
        {
            c.Freeze();
        }
    }
}
