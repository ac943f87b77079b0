using BenchmarkDotNet.Attributes;
using InclusionStandards.Rules;
using InclusionStandards.Rules.Builder;

namespace InclusionStandards.Benchmarks.Engine;

/// <summary>One rule joining two patterns by equality, 1,000 × 1,000 facts (each right fact matches one left fact).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine", "Join")]
public class EngineJoinBenchmarks
{
    private List<Parent> _parents = null!;
    private List<Child> _children = null!;
    private ISessionFactory _factory = null!;

    [Params(1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parents = Enumerable.Range(0, N).Select(i => new Parent(i)).ToList();
        _children = Enumerable.Range(0, N).Select(i => new Child(i, (i * 7) % N)).ToList();
        var set = new RuleSetBuilder();
        set.Rule("join")
            .When(w => w.Match<Parent>("p").Match<Child>("c", (Child c, Parent p) => c.ParentId == p.Id))
            .Then(ctx => ctx.Emit(ctx.Get<Child>("c")));
        _factory = RuleCompiler.Compile(set.Build());
        if (Engine() != N || Baseline() != N)
        {
            throw new InvalidOperationException("The join must produce one match per child.");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public int Baseline()
    {
        var byId = new Dictionary<int, Parent>(_parents.Count);
        foreach (var p in _parents)
        {
            byId[p.Id] = p;
        }

        var matches = new List<(Parent, Child)>();
        foreach (var c in _children)
        {
            if (byId.TryGetValue(c.ParentId, out var p))
            {
                matches.Add((p, c));
            }
        }

        return matches.Count;
    }

    [Benchmark(Description = "engine")]
    public int Engine()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_parents);
        session.InsertAll(_children);
        return session.Fire();
    }

    public sealed record Parent(int Id);

    public sealed record Child(int Id, int ParentId);
}
