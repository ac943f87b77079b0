using InclusionStandards.Assessments;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;

namespace InclusionStandards.Tests.Evaluation;

/// <summary>The streaming contract the CLI's <c>--jsonl</c> relies on for flat memory over large batches.</summary>
public sealed class BatchEvaluatorTests
{
    private static readonly EvidenceReadResult Good = TestCatalog.Standards.Evidence.ReadFile(TestCatalog.Example("strong-acute-trust.yaml"));

    private static IEnumerable<EvidenceReadResult> Endless(Action pulled)
    {
        for (var i = 0; ; i++)
        {
            pulled();
            yield return i % 3 == 0 ? Good : new EvidenceReadResult(null, [Diagnostic.Error("EVD101", $"bad input {i}", new SourceLocation($"bad-{i}.yaml", 1, 1))]);
        }
    }

    [Fact]
    public void Evaluate_EndlessInput_ReadsOnlyTheChunksItYields()
    {
        var pulled = 0;
        var batch = new BatchEvaluator(TestCatalog.Standards, chunkSize: 4);

        var first = batch.Evaluate(Endless(() => pulled++), null).Take(6).ToList();

        Assert.Equal(6, first.Count);
        Assert.InRange(pulled, 6, 8);
    }

    [Fact]
    public void Evaluate_ManyInputs_YieldsResultsInInputOrder()
    {
        var batch = new BatchEvaluator(TestCatalog.Standards, chunkSize: 5);

        var results = batch.Evaluate(Endless(() => { }).Take(23), null).ToList();

        Assert.Equal(Enumerable.Range(0, 23), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Equal(r.Index % 3 == 0, r.Assessment is not null));
        Assert.All(results.Where(r => r.Assessment is null), r => Assert.Equal($"bad-{r.Index}.yaml", r.Source));
    }

    [Fact]
    public void Evaluate_NotEnumerated_ReadsNothing()
    {
        var pulled = 0;

        _ = new BatchEvaluator(TestCatalog.Standards).Evaluate(Endless(() => pulled++), null);

        Assert.Equal(0, pulled);
    }
}
