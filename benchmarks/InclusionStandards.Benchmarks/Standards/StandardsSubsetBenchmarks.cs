using InclusionStandards.Assessments;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using InclusionStandards.Compilation;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>
/// Like for like: the six LCF per-board-member criteria and WRES indicators 2–4 over strong-acute-trust, written
/// by hand in C# (<see cref="HandWrittenSubset"/>, baseline) against the same criteria and indicators compiled
/// from the shipped YAML and run through the pipeline (facts, engine session, findings with provenance). Setup
/// refuses to run unless both give the same outcome for every member and roll-up and the same indicator values.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Standards", "Subset")]
public class StandardsSubsetBenchmarks
{
    private const string Members = "boardMembers";
    private Evaluator _evaluator = null!;
    private IEngineRunner _subset = null!;
    private EvidenceDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var standards = StandardsFixture.Compile(StandardsFixture.Load());
        ImmutableArray<CompiledCriterion> criteria = [.. standards.Criteria.Where(c => c.Id.StartsWith("lcf-member-", StringComparison.Ordinal))];
        ImmutableArray<CompiledIndicator> indicators = [.. standards.Indicators.Where(i => i.Id is "wres-2" or "wres-3" or "wres-4")];
        if (criteria.Length != 6 || indicators.Length != 3)
        {
            throw new InvalidOperationException($"Expected 6 LCF member criteria and 3 WRES indicators, found {criteria.Length} and {indicators.Length}.");
        }

        var inspector = new EvidenceInspector(standards.Schema);
        var plan = new EnginePlan(criteria, indicators, [], new CriterionEvaluator(inspector), new DerivationEvaluator(inspector, standards.Schema), []);
        _subset = StandardsEngine.Own.Prepare(plan, [])
            ?? throw new InvalidOperationException("The subset did not compile to engine rules.");
        _evaluator = new Evaluator(standards);
        _document = StandardsFixture.Example(standards, "strong-acute-trust");
        Check();
    }

    [Benchmark(Baseline = true, Description = "hand-written C#: 6 LCF member criteria + WRES 2-4")]
    public object HandWritten() => HandWrittenSubset.Run(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "pipeline: same criteria and indicators")]
    public object Pipeline() => RunPipeline();

    private FindingSet RunPipeline()
    {
        var facts = _evaluator.Facts(_document, StandardsFixture.AssessmentDate);
        return _subset.Run(facts, [.. _evaluator.Elements(_document).Where(e => e.List == Members)]);
    }

    private void Check()
    {
        var (criteria, indicators) = HandWrittenSubset.Run(_document, StandardsFixture.AssessmentDate);
        var pipeline = RunPipeline();
        var expected = criteria.Select(c => $"{c.Id}[{c.Subject}]={c.Outcome}").Order(StringComparer.Ordinal).ToList();
        var actual = pipeline.Criteria.Select(c => $"{c.CriterionId}[{c.Subject}]={c.Outcome}").Order(StringComparer.Ordinal).ToList();
        var expectedValues = indicators.Select(i => $"{i.Id}={i.Value:R}").Order(StringComparer.Ordinal).ToList();
        var actualValues = pipeline.Indicators.Select(i => $"{i.IndicatorId}={i.Value:R}").Order(StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(actual) || !expectedValues.SequenceEqual(actualValues))
        {
            throw new InvalidOperationException(
                $"Hand-written and pipeline disagree.\nhand-written: {string.Join(", ", expected.Concat(expectedValues))}\npipeline: {string.Join(", ", actual.Concat(actualValues))}");
        }
    }
}
