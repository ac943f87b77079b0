using System.Collections.Concurrent;
using System.Collections.Immutable;
using InclusionStandards.Rules.Facts;
using InclusionStandards.Rules.Model;
using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>The compiled network. Immutable apart from thread-safe caches of type dispatch; shared across threads.</summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly (FactType Type, AlphaNode Root)[] _clrRoots;
    private readonly Dictionary<RecordType, AlphaNode[]> _recordRoots;
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _byClrType = new();
    private readonly AlphaNode[] _forRecordsOfOtherTypes;

    public SessionFactory(CompiledRule[] rules, IEnumerable<(FactType Type, AlphaNode Root)> roots, int alphaMemoryCount, int betaStateCount)
    {
        CompiledRules = rules;
        Rules = rules.Select(r => r.Definition).ToImmutableArray();
        AlphaMemoryCount = alphaMemoryCount;
        BetaStateCount = betaStateCount;
        RulesStartingWithGroup = rules.Where(r => r.First is GroupNode).ToArray();
        var saliences = rules.Select(r => r.Salience).Distinct().OrderDescending().ToList();
        AgendaRank = rules.Select(r => saliences.IndexOf(r.Salience)).ToArray();
        AgendaRankCount = saliences.Count;

        var all = roots.ToList();
        _clrRoots = all.Where(r => r.Type.RecordType is null).ToArray();
        _forRecordsOfOtherTypes = ClrRootsFor(typeof(Record));
        _recordRoots = all.Where(r => r.Type.RecordType is not null)
            .GroupBy(r => r.Type.RecordType!)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Root).Concat(_forRecordsOfOtherTypes).ToArray());
    }

    public ImmutableArray<RuleDefinition> Rules { get; }

    public CompiledRule[] CompiledRules { get; }

    public CompiledRule[] RulesStartingWithGroup { get; }

    /// <summary>
    /// Each rule's agenda rank, by rule index: the position of its salience among the set's distinct saliences, highest
    /// first. Every activation of a rank fires before any of a later rank; within a rank, activations fire in the order
    /// they were created.
    /// </summary>
    public int[] AgendaRank { get; }

    /// <summary>How many distinct agenda ranks (saliences) the set has.</summary>
    public int AgendaRankCount { get; }

    public int AlphaMemoryCount { get; }

    /// <summary>How many beta nodes keep per-session state (see <see cref="BetaNode.StateSlot"/>).</summary>
    public int BetaStateCount { get; }

    public ISession CreateSession(SessionOptions? options = null) => new Session(this, options ?? SessionOptions.Default);

    /// <summary>A spare, all-null agenda queue array (see <see cref="Agenda.Release"/>).</summary>
    private readonly Spare<Activation?[]> _agendaQueues = new();

    /// <summary>A spare, empty <see cref="PostponedMatches"/>.</summary>
    private readonly Spare<PostponedMatches> _postponed = new();

    /// <summary>An all-null queue array for an agenda: the spare one if no other session holds it, else a new one.</summary>
    public Activation?[] RentAgendaQueues() => _agendaQueues.Take() ?? new Activation?[2 * AgendaRankCount];

    /// <summary>Takes back an all-null queue array.</summary>
    public void ReturnAgendaQueues(Activation?[] queues) => _agendaQueues.Give(queues);

    /// <summary>An empty postponement table: the spare one if no other session holds it, else a new one.</summary>
    public PostponedMatches RentPostponed() => _postponed.Take() ?? new PostponedMatches(AgendaRankCount);

    /// <summary>Takes back an empty postponement table.</summary>
    public void ReturnPostponed(PostponedMatches postponed)
    {
        postponed.ForgetTaken();
        _postponed.Give(postponed);
    }

    /// <summary>The best agenda rank among the rules <paramref name="fact"/> can affect (see <see cref="AlphaReach"/>).</summary>
    public int MinConsumerRank(object fact) => AlphaReach.MinConsumerRank(RootsFor(fact), fact, AgendaRank);

    /// <summary>The alpha roots whose fact type matches <paramref name="fact"/>, in compile order.</summary>
    public AlphaNode[] RootsFor(object fact)
    {
        if (fact is Record record)
        {
            return _recordRoots.TryGetValue(record.Type, out var roots) ? roots : _forRecordsOfOtherTypes;
        }

        var type = fact.GetType();
        return _byClrType.TryGetValue(type, out var cached) ? cached : _byClrType.GetOrAdd(type, ClrRootsFor);
    }

    private AlphaNode[] ClrRootsFor(Type type) =>
        _clrRoots.Where(r => r.Type.ClrType.IsAssignableFrom(type)).Select(r => r.Root).ToArray();
}
