using System.Collections.Immutable;
using InclusionStandards.Assessments;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Scoring;

namespace InclusionStandards.Tests.Scoring;

public sealed class SchemeMathTests
{
    private static readonly SourceLocation At = new("scoring.yaml", 1, 1);

    internal static ScoringScheme Cqc(params ScoringLimiter[] limiters) => new()
    {
        Id = "cqc-style", Version = "0.1.0", Title = "CQC", Status = StandardStatus.Proposed, Sources = [], File = "scoring.yaml", Location = At, ContentHash = "sha256:0",
        Method = ScoringMethod.Levels,
        OutcomeValues = ImmutableDictionary<Outcome, double>.Empty.Add(Outcome.Met, 1).Add(Outcome.PartiallyMet, 0.5).Add(Outcome.NotMet, 0),
        Levels = [Level(4, "Exceptional", 0.875, 1), Level(3, "Good standard", 0.625, 0.875), Level(2, "Some shortfalls", 0.375, 0.625), Level(1, "Significant shortfalls", 0, 0.375)],
        Aggregate = ScoringAggregate.Percentage,
        Ratings = [Band("Inadequate", 25, 39), Band("Requires improvement", 39, 63), Band("Good", 63, 88), Band("Outstanding", 88, 100)],
        Limiters = [.. limiters],
    };

    internal static ScoringScheme Eds() => Cqc() with
    {
        Id = "eds-2022",
        Method = ScoringMethod.Sum,
        OutcomeValues = ImmutableDictionary<Outcome, double>.Empty.Add(Outcome.Met, 2).Add(Outcome.PartiallyMet, 1).Add(Outcome.NotMet, 0),
        Levels = [],
        Aggregate = null,
        Ratings = [Band("Undeveloped activity", 0, 8), Band("Developing activity", 8, 22), Band("Achieving activity", 22, 33), Band("Excelling activity", 33, 33)],
    };

    private static ScoreLevel Level(int score, string label, double from, double to) => new() { Score = score, Label = label, From = from, To = to, Location = At };

    private static RatingBand Band(string label, double from, double to) => new() { Label = label, From = from, To = to, Location = At };

    [Theory]
    [InlineData(24.9, null)]
    [InlineData(25, "Inadequate")]
    [InlineData(38.99, "Inadequate")]
    [InlineData(39, "Requires improvement")]
    [InlineData(62.5, "Requires improvement")]
    [InlineData(63, "Good")]
    [InlineData(87.5, "Good")]
    [InlineData(88, "Outstanding")]
    [InlineData(100, "Outstanding")]
    public void BandFor_CqcBands_AreHalfOpenWithTheLastClosed(double value, string? expected) =>
        Assert.Equal(expected, SchemeMath.BandFor(Cqc().Ratings, value)?.Label);

    [Fact]
    public void BandFor_DegenerateLastBand_HoldsItsSingleValue()
    {
        Assert.Equal("Achieving activity", SchemeMath.BandFor(Eds().Ratings, 32)?.Label);
        Assert.Equal("Excelling activity", SchemeMath.BandFor(Eds().Ratings, 33)?.Label);
    }

    [Theory]
    [InlineData(1.0, 4)]
    [InlineData(0.875, 4)]
    [InlineData(0.75, 3)]
    [InlineData(0.5, 2)]
    [InlineData(0.0, 1)]
    public void LevelFor_MeanOutcomeValue_GivesTheStatementScore(double mean, int level) =>
        Assert.Equal(level, SchemeMath.LevelFor(Cqc().Levels, mean)!.Score);

    [Fact]
    public void WeightedMean_LeavesOutInsufficientEvidenceAndNotApplicable()
    {
        var mean = SchemeMath.WeightedMean(Cqc(), [new(Outcome.Met), new(Outcome.NotMet, 3), new(Outcome.InsufficientEvidence), new(Outcome.NotApplicable)]);
        Assert.Equal(0.25, mean);
        Assert.Null(SchemeMath.WeightedMean(Cqc(), [new(Outcome.InsufficientEvidence)]));
    }

    [Fact]
    public void Aggregate_CqcStatements_EqualWeightPercentageAndRating()
    {
        var scheme = Cqc();
        ScopeResult Statement(string id, params Outcome[] outcomes) =>
            ScopeScoring.Leaf(new("statement", id, null, id), scheme, [.. outcomes.Select(o => new ScoredItem(o))]);
        var statements = new[] { Statement("s1", Outcome.Met), Statement("s2", Outcome.Met, Outcome.PartiallyMet), Statement("s3", Outcome.NotMet, Outcome.Met) };
        Assert.Equal([4.0, 3.0, 2.0], statements.Select(s => s.Score!.Value));
        var domain = ScopeScoring.Aggregate(new("domain", "d", null, "d"), scheme, statements);
        Assert.Equal(75, domain.Score);
        Assert.Equal("Good", domain.Rating);
        Assert.Null(domain.LimitedBy);
    }

    [Fact]
    public void Aggregate_LimiterAnyLevelAtMostOne_CapsTheRating()
    {
        var limiter = new ScoringLimiter { When = new Condition { Text = "anyLevelAtMost(1)", Location = At }, CapAt = "Requires improvement", Location = At };
        var scheme = Cqc(limiter);
        var parts = Enumerable.Range(0, 9).Select(i => ScopeScoring.Leaf(new("statement", $"s{i}", null, "s"), scheme, [new(Outcome.Met)]))
            .Append(ScopeScoring.Leaf(new("statement", "weak", null, "s"), scheme, [new(Outcome.NotMet)])).ToList();
        var domain = ScopeScoring.Aggregate(new("domain", "d", null, "d"), scheme, parts);
        Assert.Equal(92.5, domain.Score);
        Assert.Equal("Requires improvement", domain.Rating);
        Assert.StartsWith("anyLevelAtMost(1)", domain.LimitedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_EdsSum_TotalsOutcomeScoresToBands()
    {
        var scheme = Eds();
        var outcomes = Enumerable.Range(0, 11).Select(i => ScopeScoring.Leaf(new("statement", $"eds-{i}", null, "o"), scheme, [new(i < 6 ? Outcome.Met : Outcome.PartiallyMet)])).ToList();
        var total = ScopeScoring.Aggregate(new("domain", "eds", null, "EDS"), scheme, outcomes);
        Assert.Equal(17, total.Score);
        Assert.Equal(22, total.MaxScore);
        Assert.Equal("Developing activity", total.Rating);
    }

    [Fact]
    public void Aggregate_NothingScored_IsNotRated()
    {
        var scheme = Cqc();
        var s = ScopeScoring.Leaf(new("statement", "s", null, "s"), scheme, [new(Outcome.InsufficientEvidence)]);
        var domain = ScopeScoring.Aggregate(new("domain", "d", null, "d"), scheme, [s]);
        Assert.Null(domain.Score);
        Assert.Null(domain.Rating);
        Assert.Equal([0, 0, 0, 1, 0], domain.OutcomeCounts.ToArray());
    }

    [Fact]
    public void Leaf_FewerThanHalfTheCriteriaDecided_IsNotScored_AndSaysWhy()
    {
        var scheme = Cqc();
        Outcome[] thin = [Outcome.Met, Outcome.InsufficientEvidence, Outcome.InsufficientEvidence, Outcome.NotApplicable];
        Outcome[] half = [Outcome.Met, Outcome.InsufficientEvidence, Outcome.NotApplicable];

        var notScored = ScopeScoring.Leaf(new("statement", "s", null, "s"), scheme, [.. thin.Select(o => new ScoredItem(o))]);
        var scored = ScopeScoring.Leaf(new("statement", "s", null, "s"), scheme, [.. half.Select(o => new ScoredItem(o))]);

        Assert.Null(notScored.Score);
        Assert.Null(notScored.Rating);
        Assert.Contains(notScored.Notes, n => n.Contains("only 1 of 3 applicable criteria", StringComparison.Ordinal));
        Assert.Equal(4, scored.Score); // one of two applicable decided: enough
    }

    [Fact]
    public void Aggregate_FewerThanHalfThePartsScored_IsNotRated()
    {
        var scheme = Cqc();
        var met = ScopeScoring.Leaf(new("statement", "a", null, "a"), scheme, [new(Outcome.Met)]);
        var unknown = ScopeScoring.Leaf(new("statement", "b", null, "b"), scheme, [new(Outcome.InsufficientEvidence)]);

        var thin = ScopeScoring.Aggregate(new("domain", "d", null, "d"), scheme, [met, unknown, unknown]);
        var half = ScopeScoring.Aggregate(new("domain", "d", null, "d"), scheme, [met, unknown]);

        Assert.Null(thin.Score);
        Assert.Null(thin.Rating);
        Assert.Contains(thin.Notes, n => n.Contains("only 1 of 3 parts could be scored", StringComparison.Ordinal));
        Assert.Equal(100, half.Score);
        Assert.NotNull(half.Rating);
    }
}
