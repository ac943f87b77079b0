using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using AssessmentPeriod = InclusionStandards.Model.AssessmentPeriod;
using OrganisationInfo = InclusionStandards.Model.OrganisationInfo;

namespace InclusionStandards.Tests.Batch;

public sealed class TrendAndPeerTests
{
    private static AssessmentDigest Digest(string code, string type, int year, double measure, Outcome outcome = Outcome.Met, string? rating = "Good", double? score = 3) => new()
    {
        Organisation = new OrganisationInfo(code, $"Trust {code}", type),
        Period = new AssessmentPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        Outcomes = [("c1", outcome), ("c2", Outcome.InsufficientEvidence)],
        Ratings = [("domain-a", rating, score)],
        Indicators = [("i1", measure / 10), ("i2", null)],
        Measures = [("staffSurvey.belonging.rate", measure)],
        OutcomeCounts = [1, 0, 0, 1, 0],
    };

    [Theory]
    [InlineData(Outcome.NotMet, Outcome.Met, "improved")]
    [InlineData(Outcome.Met, Outcome.PartiallyMet, "declined")]
    [InlineData(Outcome.Met, Outcome.Met, "unchanged")]
    [InlineData(Outcome.InsufficientEvidence, Outcome.Met, "changed")]
    [InlineData(Outcome.NotMet, Outcome.NotApplicable, "changed")]
    public void Direction_FollowsNotMetPartiallyMetMet(Outcome previous, Outcome current, string expected) =>
        Assert.Equal(expected, Trends.Direction(previous, current));

    [Fact]
    public void Compare_GivesPreviousOutcomesRatingChangesAndValueChanges()
    {
        var before = Digest("RA1", "acute-trust", 2021, 50, Outcome.NotMet, "Developing", 2);
        var after = Digest("RA1", "acute-trust", 2022, 55.5, Outcome.Met, "Good", 3);

        var trend = Trends.Compare(before, after);

        Assert.Equal(before.Period, trend.PreviousPeriod);
        Assert.Equal(new CriterionTrend("c1", Outcome.NotMet, Outcome.Met, "improved"), trend.Criteria[0]);
        Assert.Equal("unchanged", trend.Criteria[1].Direction);
        Assert.Equal(new RatingTrend("domain-a", "Developing", "Good", 2, 3, "up"), trend.Ratings.Single());
        Assert.Equal(new ValueTrend("i1", 5, 5.55, 0.55), trend.Indicators.Single());
        Assert.Equal(5.5, trend.Measures.Single().Change);
    }

    [Fact]
    public void Previous_IsTheLatestEarlierPeriodOfTheSameCode()
    {
        var current = Digest("RA1", "acute-trust", 2023, 1);
        var candidates = new[] { Digest("RA1", "acute-trust", 2021, 1), Digest("ra1", "acute-trust", 2022, 1), Digest("RA2", "acute-trust", 2022, 1), current, Digest("RA1", "acute-trust", 2024, 1) };

        Assert.Equal(2022, Trends.Previous(current, candidates)!.Period.End.Year);
        Assert.Null(Trends.Previous(candidates[0], candidates));
    }

    [Fact]
    public void Build_PlacesEachOrganisationAmongItsTypeAndPeriod_AndHidesSmallGroups()
    {
        var acute = Enumerable.Range(1, 5).Select(i => Digest($"RA{i}", "acute-trust", 2022, i * 10)).ToList();
        var earlier = Enumerable.Range(1, 5).Select(i => Digest($"RA{i}", "acute-trust", 2021, 99)).ToList();
        var ambulance = Enumerable.Range(1, 4).Select(i => Digest($"RX{i}", "ambulance-trust", 2022, i)).ToList();

        var peers = PeerGroups.Build([.. acute, .. earlier, .. ambulance]);

        var third = peers[acute[2]];
        Assert.Equal("acute-trust", third.Group);
        Assert.Equal(5, third.GroupSize);
        Assert.Equal(new DateOnly(2022, 12, 31), third.PeriodEnd);
        var measure = third.Positions.Single(p => p.Id == "staffSurvey.belonging.rate");
        Assert.Equal(new PeerPosition("staffSurvey.belonging.rate", "measure", 30, 5, 3, 20, 30, 40, 50), measure);
        Assert.Equal("indicator", third.Positions.Single(p => p.Id == "i1").Kind);
        Assert.Equal(1, peers[acute[4]].Positions.Single(p => p.Id == "i1").Rank);
        Assert.Equal(0, peers[acute[4]].Positions.Single(p => p.Id == "i1").PercentHigher);
        Assert.Equal(100, peers[acute[0]].Positions.Single(p => p.Id == "i1").PercentHigher);
        Assert.DoesNotContain(ambulance[0], peers.Keys); // 4 < 5
        Assert.Equal(99, peers[earlier[0]].Positions.Single(p => p.Id == "staffSurvey.belonging.rate").Median); // 2021 is its own group
        Assert.Equal(5, PeerGroups.MinimumGroupSize);
    }

    [Theory]
    [InlineData("strong-acute-trust.yaml")]
    [InlineData("struggling-trust.yaml")]
    [InlineData("icb-partial-evidence.yaml")]
    public void Indent_OfACompactRecord_GivesTheBytesOfSerialise(string example)
    {
        var read = Evaluation.TestCatalog.Standards.Evidence.ReadFile(Evaluation.TestCatalog.Example(example));
        var assessment = new Evaluator(Evaluation.TestCatalog.Standards).Evaluate(read.Document!, read.Document!.AssessmentDate!.Value);
        var trend = Trends.Compare(Digest("RA1", "acute-trust", 2021, 1), Digest("RA1", "acute-trust", 2022, 2));
        var peers = new PeerComparison { Group = "acute-trust", GroupSize = 6, PeriodEnd = new DateOnly(2022, 12, 31), Positions = [new PeerPosition("i1", "indicator", 1, 6, 2, 0.5, 1, 1.5, 20)] };

        Assert.Equal(AssessmentJson.Serialize(assessment), AssessmentJson.Indent(AssessmentJson.SerializeCompactToUtf8Bytes(assessment)));
        Assert.Equal(
            AssessmentJson.Serialize(assessment with { Trend = trend, Peers = peers }),
            AssessmentJson.Indent(AssessmentJson.AppendTrendAndPeers(AssessmentJson.SerializeCompactToUtf8Bytes(assessment), trend, peers)));
    }

    [Fact]
    public void AppendTrendAndPeers_GivesTheBytesOfSerialisingTheAssessmentWithThem()
    {
        var assessment = new Assessment
        {
            Organisation = new OrganisationInfo("RA1", "Trust", "acute-trust"),
            Period = new AssessmentPeriod(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)),
            AssessmentDate = new DateOnly(2022, 12, 31),
            CatalogHash = "sha256:00",
        };
        var trend = Trends.Compare(Digest("RA1", "acute-trust", 2021, 1), Digest("RA1", "acute-trust", 2022, 2));
        var peers = new PeerComparison { Group = "acute-trust", GroupSize = 6, PeriodEnd = new DateOnly(2022, 12, 31), Positions = [new PeerPosition("i1", "indicator", 1, 6, 2, 0.5, 1, 1.5, 20)] };

        var appended = AssessmentJson.AppendTrendAndPeers(AssessmentJson.SerializeCompactToUtf8Bytes(assessment), trend, peers);
        var direct = AssessmentJson.SerializeCompact(assessment with { Trend = trend, Peers = peers });

        Assert.Equal(direct, System.Text.Encoding.UTF8.GetString(appended));
        Assert.Equal(direct, AssessmentJson.SerializeCompact(AssessmentJson.Deserialize(direct)));
        Assert.Equal(AssessmentJson.SerializeCompact(assessment), System.Text.Encoding.UTF8.GetString(AssessmentJson.AppendTrendAndPeers(AssessmentJson.SerializeCompactToUtf8Bytes(assessment), null, null)));
    }
}
