using System.Buffers;
using System.Text.Json;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Validation;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Batch;

/// <summary>Compact records copy each criterion's standards text from kept bytes: the bytes are those of serialising every member.</summary>
public sealed class CompactRecordTests
{
    private static readonly Lazy<List<Assessment>> Examples = new(() =>
    {
        var load = StandardsLoader.LoadDirectory(Path.Combine(TestCatalog.RepoRoot, "standards"));
        var standards = CompiledStandards.Compile(load.Catalog, out _)!;
        var evaluator = new Evaluator(standards);
        return [.. new[] { "icb-partial-evidence.yaml", "struggling-trust.yaml", "strong-acute-trust.yaml" }
            .Select(n => evaluator.Evaluate(standards.Evidence.ReadFile(TestCatalog.Example(n)).Document!, new DateOnly(2024, 6, 30)))];
    });

    private static string EveryMember(Assessment a) => JsonSerializer.Serialize(a, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.Compact));

    [Fact]
    public void SerializeCompact_RepeatedOverOrganisations_GivesTheBytesOfSerialisingEveryMember()
    {
        var all = Examples.Value;
        Assert.Contains(all, a => a.Criteria.Any(c => !c.Elements.IsDefaultOrEmpty)); // per-element results are covered too
        foreach (var a in all.Concat(all))
        {
            var expected = EveryMember(a);
            Assert.Equal(expected, AssessmentJson.SerializeCompact(a));
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(AssessmentJson.SerializeCompactToUtf8Bytes(a)));
            var buffer = new ArrayBufferWriter<byte>();
            AssessmentJson.SerializeCompact(a, buffer);
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void SerializeCompact_AfterTheStandardsTextChanged_WritesTheNewText()
    {
        var a = Examples.Value[0];
        _ = AssessmentJson.SerializeCompact(a); // keeps the text of every criterion
        var first = a.Criteria[0];
        var changed = a with
        {
            Criteria = a.Criteria.SetItem(0, first with { Title = first.Title + " (revised)", Citations = [new Citation("Another source", "Publisher", 2025, "s. 1")] }),
        };

        var written = AssessmentJson.SerializeCompact(changed);

        Assert.Contains(first.Title + " (revised)", written, StringComparison.Ordinal);
        Assert.Contains("Another source", written, StringComparison.Ordinal);
        Assert.Equal(EveryMember(changed), written);
        Assert.Equal(EveryMember(a), AssessmentJson.SerializeCompact(a));
    }
}
