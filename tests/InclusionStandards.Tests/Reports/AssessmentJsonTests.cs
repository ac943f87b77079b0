using System.Globalization;
using System.Text.Json;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Reports;

public class AssessmentJsonTests
{
    [Fact]
    public void Serialize_SameAssessmentTwice_IsByteIdentical()
    {
        var first = AssessmentJson.SerializeToUtf8Bytes(AssessmentSamples.AcuteTrust());
        var second = AssessmentJson.SerializeToUtf8Bytes(AssessmentSamples.AcuteTrust());
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Serialize_UnderAnotherCulture_IsByteIdenticalToInvariant(string culture)
    {
        var assessment = AssessmentSamples.AcuteTrust();
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => AssessmentJson.Serialize(assessment));
        var other = WithCulture(new CultureInfo(culture), () => AssessmentJson.Serialize(assessment));
        Assert.Equal(invariant, other);
        Assert.Contains("\"value\": 1.4243", other, StringComparison.Ordinal);
        Assert.Contains("\"assessmentDate\": \"2024-06-30\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_DeDe_DecimalSeparatorIsCommaInCultureButPointInJson()
    {
        var de = new CultureInfo("de-DE");
        Assert.Equal(",", de.NumberFormat.NumberDecimalSeparator); // the test would prove nothing otherwise
        var json = WithCulture(de, () => AssessmentJson.Serialize(AssessmentSamples.AcuteTrust()));
        Assert.Contains("\"score\": 68.75", json, StringComparison.Ordinal);
        Assert.DoesNotContain("68,75", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Layout_TwoSpaceIndentLfNewlinesAndFinalNewline()
    {
        var json = AssessmentJson.Serialize(AssessmentSamples.AcuteTrust());
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"organisation\": {\n    \"odsCode\": \"RXX\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Outcomes_AreKebabCaseStrings()
    {
        var json = AssessmentJson.Serialize(AssessmentSamples.AcuteTrust());
        foreach (var name in new[] { "met", "partially-met", "not-met", "insufficient-evidence", "not-applicable" })
        {
            Assert.Contains($"\"outcome\": \"{name}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Serialize_NullMembers_AreLeftOutAndEmptyArraysKept()
    {
        using var doc = JsonDocument.Parse(AssessmentJson.Serialize(AssessmentSamples.AcuteTrust()));
        var rollUp = doc.RootElement.GetProperty("criteria")[5];
        Assert.False(rollUp.TryGetProperty("subject", out _));
        Assert.False(rollUp.TryGetProperty("score", out _));
        Assert.Equal(JsonValueKind.Array, rollUp.GetProperty("evidenceUsed").ValueKind);
        Assert.Equal(4, rollUp.GetProperty("elements").GetArrayLength());
    }

    [Fact]
    public void Serialize_NonFiniteNumber_Throws()
    {
        var bad = AssessmentSamples.AcuteTrust() with { Indicators = [AssessmentSamples.AcuteTrust().Indicators[0] with { Value = double.NaN }] };
        Assert.ThrowsAny<ArgumentException>(() => AssessmentJson.Serialize(bad));
    }

    [Fact]
    public void Deserialize_Serialized_RoundTripsDeeply()
    {
        var original = AssessmentSamples.AcuteTrust();
        var read = AssessmentJson.Deserialize(AssessmentJson.Serialize(original));
        Assert.True(AssessmentEquality.Equal(original, read));
        Assert.Equal(AssessmentJson.Serialize(original), AssessmentJson.Serialize(read));
    }

    [Fact]
    public void Equality_DifferentScore_IsDetected()
    {
        var a = AssessmentSamples.AcuteTrust();
        Assert.False(AssessmentEquality.Equal(a, AssessmentSamples.AcuteTrust(score: 12)));
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\"}", "organisation")]
    [InlineData("not json", "invalid")]
    public void TryDeserialize_BadInput_ReportsWhyWithoutThrowing(string json, string expected)
    {
        Assert.False(AssessmentJson.TryDeserialize(json, out var assessment, out var error));
        Assert.Null(assessment);
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deserialize_UnknownMember_IsRejected()
    {
        var json = AssessmentJson.Serialize(AssessmentSamples.AcuteTrust()).Edit("\"ruleFirings\"", "\"extra\": 1,\n  \"ruleFirings\"");
        var e = Assert.Throws<JsonException>(() => AssessmentJson.Deserialize(json));
        Assert.Contains("extra", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OtherMajorVersion_IsRejected()
    {
        var json = AssessmentJson.Serialize(AssessmentSamples.AcuteTrust()).Edit("\"1.0\"", "\"2.0\"");
        var e = Assert.Throws<JsonException>(() => AssessmentJson.Deserialize(json));
        Assert.Contains("2.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NumericOutcome_IsRejected()
    {
        var json = AssessmentJson.Serialize(AssessmentSamples.AcuteTrust()).Edit("\"outcome\": \"met\"", "\"outcome\": 0");
        Assert.Throws<JsonException>(() => AssessmentJson.Deserialize(json));
    }

    internal static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
