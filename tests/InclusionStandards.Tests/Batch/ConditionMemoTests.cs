using InclusionStandards.Assessments.Json;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Batch;

/// <summary>The memo of undecided condition results changes no result, whatever was evaluated before.</summary>
public sealed class ConditionMemoTests
{
    private static CompiledStandards Fresh()
    {
        var load = StandardsLoader.LoadDirectory(Path.Combine(TestCatalog.RepoRoot, "standards"));
        return CompiledStandards.Compile(load.Catalog, out _)!;
    }

    [Fact]
    public void Evaluate_AfterOtherOrganisationsFilledTheMemo_GivesTheSameResultsAsAFreshEvaluator()
    {
        string[] names = ["icb-partial-evidence.yaml", "struggling-trust.yaml", "strong-acute-trust.yaml"];
        var warm = Fresh();
        var warmEvaluator = new Evaluator(warm);
        var date = new DateOnly(2024, 6, 30);
        var docs = names.Select(n => warm.Evidence.ReadFile(TestCatalog.Example(n)).Document!).ToList();
        // Fill the memo: the partial organisation twice, then the others.
        foreach (var d in docs.Concat(docs))
        {
            warmEvaluator.Evaluate(d, date);
        }

        foreach (var name in names)
        {
            var cold = Fresh();
            var expected = AssessmentJson.Serialize(new Evaluator(cold).Evaluate(cold.Evidence.ReadFile(TestCatalog.Example(name)).Document!, date));
            var actual = AssessmentJson.Serialize(warmEvaluator.Evaluate(warm.Evidence.ReadFile(TestCatalog.Example(name)).Document!, date));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Memo_KeepsAtMostItsCapacityAndOnlyUndecidedResults()
    {
        var env = InclusionStandards.Conditions.CelEnvironment.Default.WithVariable("x", InclusionStandards.Conditions.CelType.String).WithVariable("y", InclusionStandards.Conditions.CelType.Int);
        var compiled = InclusionStandards.Conditions.Compilation.ConditionCompiler.Compile(env, "y > 3 && x == 'a'", null, null);
        var memo = ConditionMemo.For(compiled.Condition!)!;

        for (var i = 0; i < ConditionMemo.Capacity + 50; i++)
        {
            var r = memo.Evaluate([null, (long)i]);
            Assert.Equal(compiled.Condition!.Evaluate(null, (long)i), r);
        }

        Assert.Equal(ConditionMemo.Capacity, memo.Count());
        Assert.True(memo.Evaluate(["a", 5L]).IsTrue); // nothing absent: evaluated, not remembered
        Assert.Equal(ConditionMemo.Capacity, memo.Count());
    }
}
