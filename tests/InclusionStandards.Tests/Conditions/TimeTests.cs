using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Tests.Conditions;

/// <summary>Timestamps and durations: nanosecond precision in expressions, DateTimeOffset/TimeSpan at the boundaries.</summary>
public class TimeTests
{
    private static readonly RecordType Review = new RecordType("Review").Tap(t => t.AddField("held", FieldType.Timestamp)).Seal();
    private static readonly CelEnvironment Env = CelEnvironment.Default.WithVariable("review", Review).WithVariable("asOf", CelType.Timestamp);

    [Theory]
    [InlineData("timestamp('2024-01-01T00:00:00.000000001Z') > timestamp('2024-01-01T00:00:00Z')", "true")]
    [InlineData("string(timestamp('2024-01-01T00:00:00.123456789Z'))", "2024-01-01T00:00:00.123456789Z")]
    [InlineData("asOf - review.held < duration('8760h')", "true")]
    [InlineData("asOf - review.held", "3600s")]
    [InlineData("review.held.getFullYear('Europe/London')", "2024")]
    [InlineData("review.held.getHours('+05:30')", "15")]
    [InlineData("review.held.getDayOfWeek()", "1")]
    [InlineData("duration('1h30m').getMinutes()", "90")]
    [InlineData("timestamp('9999-12-31T23:59:59.999999999Z') + duration('1ns')", "error")]
    public void Evaluate_TimeExpression_GivesExpectedResult(string expression, string expected)
    {
        var review = Review.CreateBuilder().Set("held", new DateTimeOffset(2024, 3, 4, 10, 0, 0, TimeSpan.Zero)).Build();
        var compiled = Env.Compile(expression);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));

        var r = compiled.Condition!.Evaluate(review, new DateTimeOffset(2024, 3, 4, 11, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, EvidenceFixture.Describe(r));
    }

    [Fact]
    public void Evaluate_TimestampResult_IsReturnedAsDateTimeOffset()
    {
        var r = Env.Compile("asOf + duration('24h')").Condition!.Evaluate(null, new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), r.Value);
    }

    [Fact]
    public void Lambda_TimestampVariable_IsADateTimeOffsetParameter()
    {
        Assert.Equal(typeof(DateTimeOffset), Env.Compile("asOf > timestamp(0)").Condition!.Lambda.Parameters[1].Type);
    }
}

internal static class RecordTypeExtensions
{
    public static RecordType Tap(this RecordType t, Action<RecordType> action)
    {
        action(t);
        return t;
    }
}
