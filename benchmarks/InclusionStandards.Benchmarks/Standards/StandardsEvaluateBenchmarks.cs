using BenchmarkDotNet.Attributes;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>
/// One organisation against every default standard. The baseline is the direct (non-Rete) runner, which derives
/// the same findings level by level; "engine findings" is the Rete session alone; "assessment" adds scopes,
/// scores, ratings and provenance (what <see cref="Evaluator.Evaluate"/> returns). A hand-written comparison of
/// a subset is in <see cref="StandardsSubsetBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Standards", "Evaluate")]
public class StandardsEvaluateBenchmarks
{
    private Evaluator _evaluator = null!;
    private Evaluator _direct = null!;
    private Evaluator _nrules = null!;
    private EvidenceDocument _document = null!;

    /// <summary>The example organisation.</summary>
    [Params("strong-acute-trust", "struggling-trust")]
    public string Organisation { get; set; } = "strong-acute-trust";

    [GlobalSetup]
    public void Setup()
    {
        var catalog = StandardsFixture.Load();
        var standards = StandardsFixture.Compile(catalog);
        _evaluator = new Evaluator(standards);
        _direct = new Evaluator(StandardsFixture.Compile(catalog, StandardsEngine.Direct));
        _nrules = new Evaluator(StandardsFixture.Compile(catalog, InclusionStandards.NRules.NRulesEngine.Instance));
        _document = StandardsFixture.Example(standards, Organisation);
        var direct = _direct.Run(_document, StandardsFixture.AssessmentDate);
        var engine = _evaluator.Run(_document, StandardsFixture.AssessmentDate);
        var nrules = _nrules.Run(_document, StandardsFixture.AssessmentDate);
        if (direct.Criteria.Length != engine.Criteria.Length || direct.Indicators.Length != engine.Indicators.Length
            || nrules.Criteria.Length != engine.Criteria.Length || nrules.Indicators.Length != engine.Indicators.Length)
        {
            throw new InvalidOperationException("The engines disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "direct runner: findings")]
    public object Direct() => _direct.Run(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "engine: findings")]
    public object Engine() => _evaluator.Run(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "engine: full assessment")]
    public Assessment Assessment() => _evaluator.Evaluate(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "NRules 1.0.4: findings")]
    public object NRules() => _nrules.Run(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "NRules 1.0.4: full assessment")]
    public Assessment NRulesAssessment() => _nrules.Evaluate(_document, StandardsFixture.AssessmentDate);
}
