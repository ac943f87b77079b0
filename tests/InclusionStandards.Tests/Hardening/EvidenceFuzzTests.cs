using FsCheck;
using FsCheck.Fluent;
using InclusionStandards.Tests.Evaluation;
using Xunit.Abstractions;

namespace InclusionStandards.Tests.Hardening;

/// <summary>Fuzz: mutated example evidence is read and, when it reads clean, evaluated and serialised, without an exception.</summary>
[Trait("Category", "Fuzz")]
public sealed class EvidenceFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void ReadAndEvaluate_MutatedExamples_NeverThrow()
    {
        var compiled = TestCatalog.Standards;
        var cases = 0;
        var evaluated = 0;
        Prop.ForAll(TextMutator.Mutated(HardeningData.Examples).ToArbitrary(), m =>
        {
            cases++;
            if (HardeningData.EvaluateToJson(compiled, m.Text, m.Name) is { } json)
            {
                evaluated++;
                Assert.StartsWith("{", json, StringComparison.Ordinal);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.Cases));
        output.WriteLine($"mutated evidence: {cases} cases, no exception; {evaluated} read clean and were evaluated");
        Assert.Equal(FuzzSettings.Cases, cases);
    }
}
