using BenchmarkDotNet.Attributes;
using InclusionStandards.Assessments;
using InclusionStandards.Evidence;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>
/// A change to one board member of strong-acute-trust: replacing it in a live session (<see cref="LiveEvaluation"/>:
/// re-fires its member criteria, the roll-ups and the board-level rules that read the list, and what depends on
/// them) against re-evaluating the changed organisation from scratch (findings only — the baseline — and the full
/// assessment). Each invocation alternates between the original and a changed member, so every call is a real change.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Standards", "Incremental")]
public class StandardsIncrementalBenchmarks
{
    private const string Members = "boardMembers";
    private Evaluator _evaluator = null!;
    private LiveEvaluation _live = null!;
    private EvidenceDocument _document = null!;
    private Record[] _versions = null!;
    private int _turn;

    [GlobalSetup]
    public void Setup()
    {
        var standards = StandardsFixture.Compile(StandardsFixture.Load());
        _evaluator = new Evaluator(standards);
        _document = StandardsFixture.Example(standards, "strong-acute-trust");
        var member = _document.Elements[Members][0];
        var appraisal = ((Record)member.GetValue("appraisal")!).ToBuilder().Set("multiSourceFeedback", false).Build();
        _versions = [member, member.ToBuilder().Set("appraisal", appraisal).Build()];
        _live = LiveEvaluation.Start(standards, _document, StandardsFixture.AssessmentDate)
            ?? throw new InvalidOperationException("The default standards did not compile to engine rules.");
    }

    [Benchmark(Baseline = true, Description = "from scratch: findings")]
    public object FromScratch() => _evaluator.Run(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "from scratch: full assessment")]
    public object FromScratchAssessment() => _evaluator.Evaluate(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "live session: replace one board member + Fire")]
    public int Incremental() => _live.ReplaceElement(Members, 0, _versions[++_turn & 1]);
}
