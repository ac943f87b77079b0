using InclusionStandards.Model;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Reports;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Reports;

/// <summary>The board pack end to end on the shipped standards: EDS 2022 scoring, disclosure that holds, the draft action plan.</summary>
public sealed class BoardPackTests
{
    private const string StrongEds = "outcome1a: 2, outcome1b: 2, outcome1c: 2, outcome1d: 2, outcome2a: 2, outcome2b: 2,\n    outcome2c: 2, outcome2d: 2, outcome3a: 2, outcome3b: 2, outcome3c: 2}";

    private static Assessment Evaluate(string example, Func<string, string>? edit = null)
    {
        var original = File.ReadAllText(TestCatalog.Example(example)).ReplaceLineEndings("\n");
        var text = edit is null ? original : edit(original);
        Assert.True(edit is null || text != original, "the test's edit of the example did not apply");
        var read = TestCatalog.Standards.Evidence.Parse(text, example);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return new Evaluator(TestCatalog.Standards).Evaluate(read.Document!, read.Document!.AssessmentDate ?? new DateOnly(2024, 6, 30));
    }

    private static Assessment WithEds(params int[] scores)
    {
        var outcomes = new[] { "1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "3a", "3b", "3c" };
        var replacement = string.Join(", ", outcomes.Zip(scores, (o, s) => $"outcome{o}: {s.ToString(CultureInfo.InvariantCulture)}")) + "}";
        return Evaluate("strong-acute-trust.yaml", t => t.Replace(StrongEds, replacement, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 33, "Excelling activity")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 0, 2, 2, 0 }, 25, "Achieving activity")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 7, "Undeveloped activity")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0 }, 8, "Developing activity")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1 }, 21, "Developing activity")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 }, 22, "Achieving activity")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2 }, 32, "Achieving activity")]
    public void Eds2022_OrganisationsOwnScores_AddUpOutOf33_AndTakeThePublishedBand(int[] scores, int total, string rating)
    {
        var eds = Assert.Single(WithEds(scores).Scopes, s => s.ScopeId == "eds-2022-outcomes");
        Assert.Equal(total, eds.Score);
        Assert.Equal(33, eds.MaxScore);
        Assert.Equal(rating, eds.Rating);
        Assert.False(string.IsNullOrWhiteSpace(eds.RatingMeaning));
    }

    [Fact]
    public void Eds2022_EachOutcomeScoresTheOrganisationsOwnScore_AndBoardProxiesDoNotReplaceIt()
    {
        var a = WithEds(3, 3, 3, 3, 3, 3, 3, 0, 2, 2, 0);
        Assert.Equal(0, Assert.Single(a.Criteria, c => c.CriterionId == "eds-2d-score").Score);
        Assert.Equal(2, Assert.Single(a.Criteria, c => c.CriterionId == "eds-3a-score").Score);
        Assert.Equal(2, Assert.Single(a.Scopes, s => s.ScopeId == "eds-3b").Score);
        Assert.Null(Assert.Single(a.Criteria, c => c.CriterionId == "eds-3a-board-commitment").Score);
        var html = HtmlReport.Render(a);
        Assert.Contains("Achieving activity</span> (25 of 33)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Disclosure_SmallBoard_SuppressesTheCountTheGapAndTheComplementThatWouldRevealIt()
    {
        var a = Evaluate("struggling-trust.yaml", t => t.Replace("votingMembers: 11, votingBme: 0, votingWhite: 11, votingDisabled: 0, votingWomen: 3", "votingMembers: 12, votingBme: 1, votingWhite: 11, votingDisabled: 0, votingWomen: 11", StringComparison.Ordinal));
        var wres9 = Assert.Single(a.Indicators, i => i.IndicatorId == "wres-9");
        Assert.True(wres9.Suppress);
        Assert.True(Assert.Single(wres9.Inputs, e => e.Path == "boardComposition.votingBme").Suppress);
        Assert.False(Assert.Single(wres9.Inputs, e => e.Path == "boardComposition.votingMembers").Suppress);
        var used = DisclosureAssertions.AllEvidence(a).Where(e => e.Path == "boardComposition.votingWomen").ToList();
        Assert.NotEmpty(used);
        Assert.All(used, e => Assert.True(e.Suppress, "12 board members less the 11 shown would give back the 1"));

        var html = HtmlReport.Render(a);
        Assert.Contains("Value not shown: it would reveal a count of fewer than 10 people.", html, StringComparison.Ordinal);
        var json = AssessmentJson.Serialize(a);
        Assert.Contains("\"path\": \"boardComposition.votingBme\",\n", json, StringComparison.Ordinal);
        Assert.Contains("\"suppress\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Disclosure_SmallGroupOfRespondents_SuppressesThePercentageOfThatGroup_ButNotCountsOfThings()
    {
        var a = Evaluate("struggling-trust.yaml", t => t.Replace("discriminationInternal: {rate: 11.5, base: 1480}", "discriminationInternal: {rate: 12.5, base: 8}", StringComparison.Ordinal));
        var all = a.Criteria.SelectMany(c => c.EvidenceUsed.Concat(c.Elements.SelectMany(e => e.EvidenceUsed))).Concat(a.Indicators.SelectMany(i => i.Inputs)).ToList();
        Assert.Contains(all, e => e.Path == "staffSurvey.discriminationInternal.base" && e.Suppress);
        Assert.Contains(all, e => e.Path == "staffSurvey.discriminationInternal.rate" && e.Suppress);
        Assert.DoesNotContain("12.5", HtmlReport.Render(a), StringComparison.Ordinal);
        Assert.DoesNotContain(all, e => e.Unit == "count" && e.Suppress);
    }

    [Fact]
    public void Disclosure_Wdes9a_IsAScoreGap_AndIsShown()
    {
        var a = Evaluate("struggling-trust.yaml");
        var wdes9a = Assert.Single(a.Indicators, i => i.IndicatorId == "wdes-9a");
        Assert.Equal("score", wdes9a.Unit);
        Assert.False(wdes9a.Suppress);
        Assert.Contains("Value: -0.6 points.", HtmlReport.Render(a), StringComparison.Ordinal);
    }

    [Fact]
    public void ActionPlan_StrugglingTrust_CoversEveryOpenCriterion_WithAuthoredActionOwnerAndDate()
    {
        var a = Evaluate("struggling-trust.yaml");
        var open = a.Criteria.Where(c => c.Subject is null && c.Outcome is Outcome.NotMet or Outcome.PartiallyMet).Select(c => c.CriterionId).ToHashSet();
        Assert.NotEmpty(open);
        Assert.Equal(open.Order(StringComparer.Ordinal), a.ActionPlan.SelectMany(p => p.CriterionIds).Order(StringComparer.Ordinal));
        Assert.All(a.ActionPlan, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Action));
            Assert.False(string.IsNullOrWhiteSpace(p.Owner));
            Assert.NotEmpty(p.Citations);
            Assert.NotEmpty(p.Measures);
        });
        Assert.Equal(Outcome.NotMet, a.ActionPlan[0].Outcome);
        Assert.Equal(Outcome.PartiallyMet, a.ActionPlan[^1].Outcome);

        var dated = Assert.Single(a.ActionPlan, p => p.CriterionIds.Contains("edi-hia-1-board-objectives"));
        Assert.Equal(new DateOnly(2024, 3, 31), dated.Due);
        Assert.True(dated.Overdue);
        var undated = Assert.Single(a.ActionPlan, p => p.CriterionIds.Contains("inc-s1-ceo-leads"));
        Assert.Equal(a.AssessmentDate.AddMonths(ActionPlanBuilder.DefaultMonths), undated.Due);
        Assert.Equal("Chair", undated.Owner);
    }

    [Fact]
    public void ActionPlan_Csv_HasTheColumnsAndOneRowPerOpenCriterion()
    {
        var a = Evaluate("struggling-trust.yaml");
        var lines = ActionPlanReport.Csv(a).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        foreach (var column in new[] { "criterionId", "action", "owner", "due", "source" })
        {
            Assert.Contains(column, header);
        }

        Assert.Equal(a.ActionPlan.Sum(p => p.CriterionIds.Length), lines.Length - 1);
        Assert.Matches(@"^edi-hia-1-board-objectives,.*,2024-03-31,", lines.Single(l => l.StartsWith("edi-hia-1-board-objectives,", StringComparison.Ordinal)));
    }

    [Fact]
    public void ShippedStandards_EveryCriterionAndBandedIndicator_HasAnAuthoredActionAndOwner()
    {
        var missing = TestCatalog.Standards.Catalog.EnumerateCriteria().Where(c => c.Criterion.Action is null || c.Criterion.Owner is null).Select(c => c.Criterion.Id)
            .Concat(TestCatalog.Standards.Catalog.EnumerateIndicators().Where(i => i.Indicator.Band is not null && (i.Indicator.Action is null || i.Indicator.Owner is null)).Select(i => i.Indicator.Id))
            .ToList();
        Assert.True(missing.Count == 0, "without an action these would be left out of the plan: " + string.Join(", ", missing));
    }
}
