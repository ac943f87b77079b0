using InclusionStandards.Assessments;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;
using static InclusionStandards.Tests.Binding.ShippedEdits;

namespace InclusionStandards.Tests.Binding;

/// <summary>
/// Edits of the shipped standards that once validated clean but evaluated differently from their literal form: what
/// validation accepts must compile and evaluate like the literal form, or validation must report a located error.
/// </summary>
public sealed class ConditionReproTests
{
    private const string Belonging = "actions/belonging-in-the-nhs.yaml";
    private const string Met = "met: \"outcome('lcf-member-domains-appraised') == 'met'\"";
    private const string PartiallyMet = "partiallyMet: \"outcome('lcf-member-domains-appraised') == 'partially-met'\"";

    [Fact]
    public void UintIndicatorValue_EvaluatesLikeTheIntegerLiteral()
    {
        const string file = "indicators/wdes.yaml";
        const string value = "value: \"ppGap(percent(workforce.senior.disabled, workforce.senior.headcount), percent(workforce.all.disabled, workforce.all.headcount))\"";
        var edited = Edit(file, (value, "value: \"uint(3)\""));
        Assert.False(Load(edited).HasErrors, string.Join("\n", Load(edited).Diagnostics));
        AssertConsistent(edited, Edit(file, (value, "value: \"3\"")));
    }

    [Fact]
    public void OutcomeOfAConstantConcatenation_IsADependency()
    {
        var edited = Edit(Belonging,
            (Met, "met: \"outcome('lcf-member-' + 'domains-appraised') == 'met'\""),
            (PartiallyMet, "partiallyMet: \"outcome('lcf-member-' + 'domains-appraised') == 'partially-met'\""));
        var load = Load(edited);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var compiled = CompiledStandards.Compile(load.Catalog, out _)!;
        Assert.Contains("outcome('lcf-member-domains-appraised')", compiled.DependenciesOf("bitn-competency-frameworks-used"));
        AssertConsistent(edited, Shipped);
    }

    [Fact]
    public void OutcomeCallInsideAStringLiteral_IsNoReference()
    {
        var edited = Edit(Belonging,
            (Met, "met: \"outcome('lcf-member-domains-appraised') == 'met' && organisation.name != 'see outcome(\\\"bitn-competency-frameworks-used\\\")'\""));
        var load = Load(edited);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        AssertConsistent(edited, Shipped);
    }

    [Fact]
    public void OutcomeOfANonConstantArgument_IsALocatedError()
    {
        var edited = Edit(Belonging, (Met, "met: \"outcome(organisation.name) == 'met'\""));
        var load = Load(edited);
        var d = Assert.Single(load.Diagnostics, d => d.IsError);
        Assert.Equal(InclusionStandards.Diagnostics.DiagnosticCodes.NonConstantReference, d.Code);
        Assert.Equal(Position(edited[Belonging], "organisation.name) =="), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void OutcomeOfABandedIndicator_IsTheIndicatorsBandOutcome()
    {
        // outcome() of a banded indicator validates (it is a criterion of the catalog), so it must evaluate to that
        // indicator's outcome: met inside the band, not-met outside, unknown without a value.
        var edited = Edit(Belonging, (Met, "met: \"outcome('wdes-2') == 'met'\""), (PartiallyMet, "partiallyMet: \"outcome('wdes-2') == 'not-met'\""));
        var load = Load(edited);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var compiled = CompiledStandards.Compile(load.Catalog, out _)!;
        Assert.Contains("indicator('wdes-2')", compiled.DependenciesOf("bitn-competency-frameworks-used"));
        foreach (var example in new[] { "strong-acute-trust.yaml", "struggling-trust.yaml", "icb-partial-evidence.yaml" })
        {
            var read = compiled.Evidence.Parse(File.ReadAllText(Tests.Evaluation.TestCatalog.Example(example)), example);
            var assessment = new Evaluator(compiled).Evaluate(read.Document!, new DateOnly(2024, 6, 30));
            var band = assessment.Indicators.Single(i => i.IndicatorId == "wdes-2").Outcome;
            var criterion = assessment.Criteria.Single(c => c.CriterionId == "bitn-competency-frameworks-used").Outcome;
            Assert.Equal(band switch { InclusionStandards.Model.Outcome.Met => InclusionStandards.Model.Outcome.Met, InclusionStandards.Model.Outcome.NotMet => InclusionStandards.Model.Outcome.PartiallyMet, _ => InclusionStandards.Model.Outcome.InsufficientEvidence }, criterion);
        }
    }

    private static (int Line, int Column) Position(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        var before = text[..at];
        return (1 + before.Count(c => c == '\n'), at - (before.LastIndexOf('\n') + 1) + 1);
    }
}
