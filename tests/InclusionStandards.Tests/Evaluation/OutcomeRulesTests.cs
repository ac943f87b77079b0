using InclusionStandards.Assessments;
using InclusionStandards.Conditions;
using InclusionStandards.Evaluation;
using InclusionStandards.Model;

namespace InclusionStandards.Tests.Evaluation;

public sealed class OutcomeRulesTests
{
    private static readonly ConditionResult Unknown = ConditionResult.Unknown(["workforce.bme.headcount"]);
    private static readonly ConditionResult Error = ConditionResult.Error("division by zero");

    [Fact]
    public void Decide_AppliesFalse_IsNotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, OutcomeRules.Decide(ConditionResult.False, ConditionResult.True, null).Outcome);

    [Fact]
    public void Decide_AppliesUnknown_IsInsufficientEvidenceWithPaths()
    {
        var d = OutcomeRules.Decide(Unknown, ConditionResult.True, null);
        Assert.Equal(Outcome.InsufficientEvidence, d.Outcome);
        Assert.Equal(["workforce.bme.headcount"], d.Missing.ToArray());
    }

    [Theory]
    [InlineData(true, null, Outcome.Met)]
    [InlineData(false, null, Outcome.NotMet)]
    [InlineData(false, true, Outcome.PartiallyMet)]
    [InlineData(false, false, Outcome.NotMet)]
    public void Decide_MetAndPartiallyMet_FollowTheFormat(bool met, bool? partially, Outcome expected)
    {
        Func<ConditionResult>? p = partially is { } v ? () => ConditionResult.FromBool(v) : null;
        Assert.Equal(expected, OutcomeRules.Decide(null, ConditionResult.FromBool(met), p).Outcome);
    }

    [Fact]
    public void Decide_MetUnknown_IsInsufficientEvidenceNotNotMet() =>
        Assert.Equal(Outcome.InsufficientEvidence, OutcomeRules.Decide(null, Unknown, () => ConditionResult.False).Outcome);

    [Fact]
    public void Decide_PartiallyMetUnknown_IsInsufficientEvidence() =>
        Assert.Equal(Outcome.InsufficientEvidence, OutcomeRules.Decide(null, ConditionResult.False, () => Unknown).Outcome);

    [Fact]
    public void Decide_Error_IsInsufficientEvidenceWithTheError()
    {
        var d = OutcomeRules.Decide(null, Error, null);
        Assert.Equal(Outcome.InsufficientEvidence, d.Outcome);
        Assert.Equal("division by zero", d.Error);
    }

    [Fact]
    public void Decide_PartiallyMetNotEvaluated_WhenMetIsTrue()
    {
        var called = false;
        OutcomeRules.Decide(null, ConditionResult.True, () => { called = true; return ConditionResult.True; });
        Assert.False(called);
    }

    [Theory]
    [InlineData(new[] { Outcome.Met, Outcome.NotMet, Outcome.InsufficientEvidence }, Outcome.NotMet)]
    [InlineData(new[] { Outcome.Met, Outcome.InsufficientEvidence, Outcome.PartiallyMet }, Outcome.InsufficientEvidence)]
    [InlineData(new[] { Outcome.Met, Outcome.PartiallyMet }, Outcome.PartiallyMet)]
    [InlineData(new[] { Outcome.Met, Outcome.NotApplicable }, Outcome.Met)]
    [InlineData(new[] { Outcome.NotApplicable }, Outcome.NotApplicable)]
    public void RollUp_OrderOfPrecedence(Outcome[] elements, Outcome expected) =>
        Assert.Equal(expected, OutcomeRules.RollUp(elements, null));

    [Fact]
    public void RollUp_Empty_IsNotApplicableUnlessWhenEmptySays()
    {
        Assert.Equal(Outcome.NotApplicable, OutcomeRules.RollUp([], null));
        Assert.Equal(Outcome.NotMet, OutcomeRules.RollUp([], Outcome.NotMet));
    }
}
