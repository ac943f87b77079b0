using InclusionStandards.Evaluation;
using InclusionStandards.Reports;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Tests.Reports;

public class DisclosureControlTests
{
    private static readonly DisclosureControl Default = new(AssessmentSamples.AcuteTrust(), ReportOptions.Default);

    [Theory]
    [InlineData(1.254, "1.254")]  // would read "1.25", the band's edge, while outside the band
    [InlineData(0.7999, "0.7999")]
    [InlineData(1.25, "1.25")]
    [InlineData(1.2312, "1.23")]
    public void Show_IndicatorNearABandEdge_KeepsTheDigitsThatTellItFromTheEdge(double value, string expected)
    {
        var indicator = new IndicatorResult { IndicatorId = "wres-2", StandardId = "wres", Title = "t", Unit = "ratio", Value = value, BandFrom = 0.8, BandTo = 1.25 };
        Assert.Equal(expected, Default.Show(indicator));
    }

    [Theory]
    [InlineData("workforce.bme.headcount", null, "4", "<10")]
    [InlineData("recruitment[2].appointed", null, "9", "<10")]
    [InlineData("networks.memberCount", null, "0", "<10")]
    [InlineData("workforce.bme.headcount", null, "10", "10")]
    [InlineData("staffSurvey.rate", null, "4.5", "4.5")]
    [InlineData("anything", "people", "3", "<10")]
    [InlineData("workforce.bme.headcount", "percent", "3", "3")]
    [InlineData("boardMembers[bm-01].name", null, null, "missing")]
    public void Show_Evidence_SuppressesSmallCountsOnly(string path, string? unit, string? value, string expected) =>
        Assert.Equal(expected, Default.Show(new EvidenceValue(path, value, Unit: unit)));

    [Fact]
    public void Show_Sensitive_IsWithheldEvenWhenACount() =>
        Assert.Equal("withheld", Default.Show(new EvidenceValue("x.headcount", "3", Sensitive: true)));

    [Fact]
    public void Redact_Reason_ReplacesSensitiveValuesAndSmallCountsAfterTheirPath()
    {
        var text = Default.Redact("DR JANE EXAMPLE said workforce.disabled.band8aPlus: 7 and workforce.band8aPlus = 412; 7 days");
        Assert.Equal("withheld said workforce.disabled.band8aPlus: <10 and workforce.band8aPlus = 412; 7 days", text);
    }

    [Fact]
    public void Options_ThresholdZero_TurnsSuppressionOff()
    {
        var off = new DisclosureControl(AssessmentSamples.AcuteTrust(), new ReportOptions { SuppressionThreshold = 0 });
        Assert.Equal("3", off.Show(new EvidenceValue("x.headcount", "3")));
        Assert.Equal("withheld", off.Show(new EvidenceValue("x.headcount", "3", Sensitive: true)));
    }

    [Fact]
    public void Options_CustomIsCount_IsUsed()
    {
        var options = new ReportOptions { IsCount = e => e.Path.StartsWith("secret.", StringComparison.Ordinal) };
        var control = new DisclosureControl(AssessmentSamples.AcuteTrust(), options);
        Assert.Equal("<10", control.Show(new EvidenceValue("secret.thing", "2")));
        Assert.Equal("2", control.Show(new EvidenceValue("x.headcount", "2")));
    }

    [Fact]
    public void Options_Invalid_ReportsEveryProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => new ReportOptions { SuppressionThreshold = -3, GeneratedBy = null! }.Validate());
        Assert.Contains("SuppressionThreshold", e.Message, StringComparison.Ordinal);
        Assert.Contains("GeneratedBy", e.Message, StringComparison.Ordinal);
    }
}
