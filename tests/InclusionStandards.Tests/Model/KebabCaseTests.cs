using System.Text.Json;
using System.Text.Json.Serialization;
using InclusionStandards.Model;

namespace InclusionStandards.Tests.Model;

/// <summary>The one kebab-case mapping: the names the format and the results write, both ways.</summary>
public sealed class KebabCaseTests
{
    [Theory]
    [InlineData(Outcome.Met, "met")]
    [InlineData(Outcome.PartiallyMet, "partially-met")]
    [InlineData(Outcome.InsufficientEvidence, "insufficient-evidence")]
    [InlineData(Outcome.NotApplicable, "not-applicable")]
    public void Outcome_HasItsFormatName(Outcome outcome, string name)
    {
        Assert.Equal(name, KebabCase.Of(outcome));
        Assert.True(KebabCase.TryParse<Outcome>(name, out var back));
        Assert.Equal(outcome, back);
        Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(outcome, new JsonSerializerOptions { Converters = { new JsonStringEnumConverter(KebabCase.JsonNaming) } }));
    }

    [Fact]
    public void EveryMemberOfTheModelsEnums_RoundTrips()
    {
        AssertRoundTrip<StandardKind>();
        AssertRoundTrip<StandardStatus>();
        AssertRoundTrip<IndicatorUnit>();
        AssertRoundTrip<AdverseDirection>();
        AssertRoundTrip<CriterionScopeKind>();
        Assert.Equal("evidence-schema", KebabCase.Of(StandardKind.EvidenceSchema));
    }

    [Theory]
    [InlineData("Partially-met")]
    [InlineData("partiallyMet")]
    [InlineData("")]
    public void NotAFormatName_IsNotParsed(string text) => Assert.False(KebabCase.TryParse<Outcome>(text, out _));

    private static void AssertRoundTrip<T>()
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var name = KebabCase.Of(value);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", name);
            Assert.True(KebabCase.TryParse<T>(name, out var back), name);
            Assert.Equal(value, back);
        }

        Assert.Equal(Enum.GetValues<T>().Length, KebabCase.Names<T>().Count());
    }
}
