using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>CLR evidence: properties by name, nested objects, collections; null means missing.</summary>
public class ClrEvidenceTests
{
    private static readonly CelEnvironment Env = CelEnvironment.Default.WithVariable("trust", typeof(Trust));

    [Theory]
    [InlineData("trust.name == 'North'", "true")]
    [InlineData("trust.ceo.name == 'Ada'", "true")]
    [InlineData("trust.chair.name == 'Ada'", "unknown(trust.chair)")]
    [InlineData("has(trust.chair)", "false")]
    [InlineData("trust.ceo.startDate < timestamp('2024-01-01T00:00:00Z')", "true")]
    [InlineData("trust.ceo.tenure > duration('8760h')", "true")]
    [InlineData("trust.sites.size() == 2 && 'Leeds' in trust.sites", "true")]
    [InlineData("trust.headcountBySite['Leeds'] > 100", "true")]
    [InlineData("trust.headcountBySite.york > 100", "error")]
    [InlineData("trust.directors.exists(d, d.name == 'Ada')", "true")]
    [InlineData("trust.directors.all(d, d.name.size() > 0)", "unknown(trust.directors[1].name)")]
    [InlineData("trust.rating == 'Good'", "true")]
    [InlineData("trust.budget > 1000000.0", "true")]
    [InlineData("trust.staff >= 5000", "true")]
    public void Evaluate_ClrObjectEvidence_ReadsPropertiesAndTreatsNullAsMissing(string expression, string expected)
    {
        var compiled = Env.Compile(expression);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));

        var r = compiled.Condition!.Evaluate(Sample);

        Assert.Equal(expected, EvidenceFixture.Describe(r));
    }

    [Fact]
    public void Compile_UnknownClrProperty_ReportsCel103WithCaret()
    {
        var d = Assert.Single(Env.Compile("trust.ceo.salary > 1").Diagnostics);

        Assert.Equal("CEL103", d.Code);
        Assert.Equal("'Person' has no field 'salary'", d.Message);
        Assert.Equal("  | trust.ceo.salary > 1\n  |           ^", d.Detail);
    }

    [Fact]
    public void Evaluate_NullVariable_IsUnknownNamingTheVariable()
    {
        Assert.Equal("unknown(trust)", Env.Compile("trust.name == 'x'").Condition!.Evaluate([null]).ToString());
    }

    private static Trust Sample { get; } = new()
    {
        Name = "North",
        Ceo = new Person { Name = "Ada", StartDate = new DateTime(2020, 4, 1, 0, 0, 0, DateTimeKind.Utc), Tenure = TimeSpan.FromDays(1000) },
        Sites = ["York", "Leeds"],
        HeadcountBySite = new Dictionary<string, int> { ["Leeds"] = 120 },
        Directors = [new Person { Name = "Ada" }, new Person()],
        Rating = Rating.Good,
        Budget = 2_500_000m,
        Staff = 6000,
    };

    public enum Rating
    {
        Outstanding,
        Good,
    }

    public sealed class Person
    {
        public string? Name { get; init; }

        public DateTime? StartDate { get; init; }

        public TimeSpan Tenure { get; init; }
    }

    public sealed class Trust
    {
        public string? Name { get; init; }

        public Person? Ceo { get; init; }

        public Person? Chair { get; init; }

        public List<string>? Sites { get; init; }

        public Dictionary<string, int>? HeadcountBySite { get; init; }

        public Person[]? Directors { get; init; }

        public Rating Rating { get; init; }

        public decimal Budget { get; init; }

        public int Staff { get; init; }
    }
}
