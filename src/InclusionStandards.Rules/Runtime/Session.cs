using System.Runtime.CompilerServices;
using InclusionStandards.Rules.Collections;
using InclusionStandards.Rules.Facts;
using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>The working memory and its operations (see <see cref="ISession"/>). Not thread-safe.</summary>
internal sealed partial class Session : ISession
{
    private readonly SessionFactory _factory;
    private readonly SessionOptions _options;
    /// <summary>Per beta node: its single <see cref="JoinBucket"/>, or a <see cref="BetaMemory"/> of buckets by key.</summary>
    private readonly object?[] _beta;
    /// <summary>Per alpha memory that unindexed joins scan: its fact list (allocated on first use; most rule sets need none).</summary>
    private AlphaList?[]? _alpha;
    private readonly FactHandleMap _handles = new();
    private readonly Agenda _agenda;
    private readonly SegmentedDictionary<object, int> _keyIds = new();

    private object? _lastKey;
    private int _lastKeyId;
    private readonly SegmentedList<Token> _dirty = new();
    private PostponedMatches? _postponed;
    private readonly Queue<FactHandle> _unjustified = new();
    private WithdrawnFacts? _withdrawn;
    private readonly SegmentedList<object> _results = new();
    private readonly SegmentedList<RuleFiring> _firings = new();
    private bool _firing; // Fire is running: a nested Fire (from an action or a handler) is refused

    public Session(SessionFactory factory, SessionOptions options)
    {
        if (options.MaxFirings <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxFirings, "SessionOptions.MaxFirings must be positive.");
        }

        _factory = factory;
        _options = options;
        _beta = new object?[factory.BetaStateCount];
        _agenda = new Agenda(factory);
        foreach (var rule in factory.RulesStartingWithGroup)
        {
            rule.First.LeftActivate(this, new GroupToken(null, null, null, -1)); // a first element has no key: the node keeps its own matches
        }
    }

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<RuleFiredEventArgs>? RuleFired;

    public int FactCount
    {
        get
        {
            Settle();
            return _handles.Count;
        }
    }

    public IReadOnlyList<object> Results => _results;

    public IReadOnlyList<RuleFiring> Firings => _firings;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var hash = FactHandleMap.HashOf(fact);
        if (_handles.Find(fact, hash) is not null)
        {
            throw new ArgumentException($"The fact {fact} is already in the session.", nameof(fact));
        }

        var handle = new FactHandle(fact);
        _handles.Add(handle, hash);
        LinkOrRemove(handle);
        FactInserted?.Invoke(this, new FactEventArgs(fact, false));
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.TryGetNonEnumeratedCount(out var count))
        {
            var room = count + (count >> 2) + 8; // room for some derived facts without a resize
            _handles.EnsureCapacity(_handles.Count + room);
        }

        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public void Update(object fact)
    {
        var handle = Find(fact);
        Unlink(handle);
        LinkOrRemove(handle);
        FactUpdated?.Invoke(this, new FactEventArgs(fact, handle.IsLogical));
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            Update(fact);
        }
    }

    public void Retract(object fact) => Remove(Find(fact));

    public void RetractAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            Retract(fact);
        }
    }

    public bool Contains(object fact)
    {
        Settle();
        return fact is not null && _handles.Find(fact) is not null;
    }

    public IEnumerable<T> Query<T>()
    {
        Settle();
        var type = typeof(T);
        var facts = new List<T>();
        var order = _handles.Order;
        if (type.IsSealed && !type.IsValueType)
        {
            // An exact type test and no cast helper: T is known to be the fact's type.
            for (var i = 0; i < order.Count; i++)
            {
                var fact = order[i].Fact;
                if (fact.GetType() == type && !order[i].Removed)
                {
                    facts.Add(Unsafe.As<object, T>(ref fact));
                }
            }
        }
        else
        {
            for (var i = 0; i < order.Count; i++)
            {
                if (order[i] is { Removed: false, Fact: T fact })
                {
                    facts.Add(fact);
                }
            }
        }

        return facts;
    }

    public IEnumerable<Record> Query(RecordType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Settle();
        var records = new List<Record>();
        var order = _handles.Order;
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] is { Removed: false, Fact: Record r } && ReferenceEquals(r.Type, type))
            {
                records.Add(r);
            }
        }

        return records;
    }

    /// <summary>The single bucket of a beta node without an index (all its partial matches).</summary>
    internal JoinBucket AllBucket(BetaNode node) => (JoinBucket)(_beta[node.StateSlot] ??= new JoinBucket(node));

    /// <summary>
    /// The bucket of key id <paramref name="keyId"/> in an indexed beta node: held directly while the node has seen one
    /// key, in a <see cref="BetaMemory"/> from the second.
    /// </summary>
    internal JoinBucket Bucket(BetaNode node, int keyId)
    {
        ref var slot = ref _beta[node.StateSlot];
        switch (slot)
        {
            case JoinBucket single when single.KeyId == keyId:
                return single;
            case JoinBucket single:
                var memory = new BetaMemory(single);
                slot = memory;
                return memory.Slot(keyId) ??= NewBucket(node, keyId);
            case BetaMemory many:
                return many.Slot(keyId) ??= NewBucket(node, keyId);
            default:
                var bucket = NewBucket(node, keyId);
                slot = bucket;
                return bucket;
        }
    }

    private JoinBucket NewBucket(BetaNode node, int keyId)
    {
        var bucket = new JoinBucket(node) { KeyId = keyId };
        if (node.RightLeader != node)
        {
            bucket.Right = Bucket(node.RightLeader, keyId);
        }

        return bucket;
    }

    /// <summary>
    /// The last right key computed: for which fact, for which key expression (<see cref="BetaNode.RightKeySlot"/>), and
    /// its id. A fact's right activations follow each other, so nodes with the same key expression on different alpha
    /// memories compute it once.
    /// </summary>
    internal (FactHandle? Handle, int Slot, int KeyId) RightKeyCache;

    /// <summary>
    /// The session-wide id of a join key value: equal keys (by <see cref="object.Equals(object)"/>) share an id, so a
    /// fact's key is hashed once and every indexed node finds its bucket by array index.
    /// </summary>
    internal int KeyId(object key)
    {
        if (ReferenceEquals(key, _lastKey))
        {
            return _lastKeyId; // the same box again (small integer keys are cached boxes)
        }

        _lastKey = key;
        ref var id = ref _keyIds.GetValueRefOrAddDefault(key, out var exists);
        if (!exists)
        {
            id = _keyIds.Count - 1;
        }

        return _lastKeyId = id;
    }

    internal AlphaList AlphaMemory(AlphaNode node) => (_alpha ??= new AlphaList?[_factory.AlphaMemoryCount])[node.MemoryId] ??= new AlphaList();

    internal void MarkDirty(Token token)
    {
        if (!token.Dirty)
        {
            token.Dirty = true;
            _dirty.Add(token);
        }
    }

    /// <summary>A new partial match made by <paramref name="node"/>: an activation when the node ends its rule's chain.</summary>
    internal Token NewToken(BetaNode node, Token parent, object? value, FactHandle? handle) =>
        node.Next is null
            ? new Activation(node.Rule, parent, value, handle, node.Depth)
            : node.Next is GroupNode { SharesBucket: false }
                ? new GroupToken(parent, value, handle, node.Depth)
                : new Token(parent, value, handle, node.Depth);

    /// <summary>Passes a new token (made by <see cref="NewToken"/>) to the next node, or puts its activation on the agenda.</summary>
    internal void Propagate(BetaNode node, Token token)
    {
        if (node.Next is { } next)
        {
            next.LeftActivate(this, token);
            return;
        }

        _agenda.Add((Activation)token);
    }

    /// <summary>
    /// Matches a fact; if a condition throws, undoes the partial match and removes the fact, so the session stays
    /// consistent (the fact is then not in the session), and rethrows.
    /// </summary>
    private void LinkOrRemove(FactHandle handle)
    {
        try
        {
            Link(handle);
        }
        catch (RuleExecutionException)
        {
            _handles.Remove(handle);
            Unlink(handle);
            throw;
        }
    }

    private FactHandle Find(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _handles.Find(fact) is { Removed: false } handle
            ? handle
            : throw new ArgumentException($"The fact {fact} is not in the session.", nameof(fact));
    }
}
