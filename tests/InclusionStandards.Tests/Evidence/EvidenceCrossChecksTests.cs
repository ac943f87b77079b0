using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Evidence;

/// <summary>
/// The sanity checks the shipped evidence schema declares between figures (issue 24): shares of one whole above 100 %,
/// a question's base above the survey's respondents, the senior workforce or a band above the whole workforce, a share
/// of a base of 0 — refused — and staff trained, disciplined or surveyed above the headcount — warned. Each is reported
/// at the offending value (line and column of the edited figure).
/// </summary>
public sealed class EvidenceCrossChecksTests
{
    private static readonly string Example = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml")).ReplaceLineEndings("\n");

    private static EvidenceReadResult Parse(string text) => TestCatalog.Standards.Evidence.Parse(text, "e.yaml");

    /// <summary>The line and column of the first occurrence of <paramref name="marker"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) At(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the text");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    private static Diagnostic Single(EvidenceReadResult read, string code)
    {
        var d = Assert.Single(read.Diagnostics, x => x.Code == code);
        Assert.NotNull(d.Location);
        Assert.Equal("e.yaml", d.Location!.File);
        return d;
    }

    [Fact]
    public void TheShippedExample_PassesEveryCrossCheck()
    {
        var read = Parse(Example);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.DoesNotContain(read.Diagnostics, d => d.Code is EvidenceCodes.SharesAbove100 or EvidenceCodes.AboveBound or EvidenceCodes.AboveUsualBound or EvidenceCodes.ShareOfNone);
    }

    [Fact]
    public void ReligionSharesAbove100_AreRefused_AtTheFirstShare()
    {
        var text = Example.Edit("    enoughStaff: {rate: 32.0, base: 2390}\n", "    enoughStaff: {rate: 32.0, base: 2390}\n    religion: {base: 2000, none: 60.5, christian: 70.0, muslim: 20.0}\n");

        var read = Parse(text);

        Assert.False(read.Succeeded);
        var d = Single(read, EvidenceCodes.SharesAbove100);
        Assert.True(d.IsError);
        Assert.Equal(At(text, "60.5"), (d.Location!.Line, d.Location.Column));
        Assert.Contains("150.5 %", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none: 40.2, christian: 40.2, muslim: 20.2")] // 100.6: within rounding of three shares (1.5)
    [InlineData("none: 50.0, christian: 50.0")] // exactly 100
    public void ReligionSharesWithinRounding_AreRead(string shares)
    {
        var text = Example.Edit("    enoughStaff: {rate: 32.0, base: 2390}\n", $"    enoughStaff: {{rate: 32.0, base: 2390}}\n    religion: {{base: 2000, {shares}}}\n");

        var read = Parse(text);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
    }

    [Fact]
    public void AQuestionsBaseAboveTheSurveysRespondents_IsRefused_AtTheBase()
    {
        var text = Example.Edit("stress: {rate: 40.0, base: 2380}", "stress: {rate: 40.0, base: 2480}");

        var read = Parse(text);

        Assert.False(read.Succeeded);
        var d = Single(read, EvidenceCodes.AboveBound);
        Assert.True(d.IsError);
        Assert.Equal(At(text, "2480"), (d.Location!.Line, d.Location.Column));
        Assert.Contains("'staffSurvey.stress.base' is more than 'staffSurvey.respondents' (2480 > 2400)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupsRespondentsAboveTheSurveysRespondents_IsRefused_AndAboveItsHeadcount_Warned()
    {
        var text = Example.Edit("bme: {respondents: 600,", "bme: {respondents: 2600,");

        var read = Parse(text);

        var error = Single(read, EvidenceCodes.AboveBound);
        var warning = Single(read, EvidenceCodes.AboveUsualBound);
        Assert.Equal(At(text, "2600"), (error.Location!.Line, error.Location.Column));
        Assert.Equal(At(text, "2600"), (warning.Location!.Line, warning.Location.Column));
        Assert.Contains("'workforce.all.bme'", warning.Message, StringComparison.Ordinal);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void ARateWithABaseOf0_IsRefused_AtTheRate()
    {
        var text = Example.Edit("enoughStaff: {rate: 32.0, base: 2390}", "enoughStaff: {rate: 32.0, base: 0}");

        var read = Parse(text);

        Assert.False(read.Succeeded);
        var d = Single(read, EvidenceCodes.ShareOfNone);
        Assert.Equal(At(text, "32.0, base: 0"), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void OftenAboveEver_IsRefused_AtTheOftenRate()
    {
        var text = Example.Edit("burnedOut: {rate: 30.0, sometimesRate: 40.0, everRate: 70.0", "burnedOut: {rate: 80.0, sometimesRate: 40.0, everRate: 70.0");

        var read = Parse(text);

        var d = Single(read, EvidenceCodes.AboveSibling);
        Assert.True(d.IsError);
        Assert.Equal(At(text, "80.0"), (d.Location!.Line, d.Location.Column));
    }

    [Theory]
    [InlineData("bme: {accessed: 600}", "bme: {accessed: 6000}", "6000", "training.bme.accessed", "workforce.all.bme")]
    [InlineData("bme: {entered: 12}", "bme: {entered: 1300}", "1300", "disciplinary.bme.entered", "workforce.all.bme")]
    [InlineData("disabled: {entered: 4}", "disabled: {entered: 401}", "401", "capability.disabled.entered", "workforce.all.disabled")]
    [InlineData("    respondents: 2400\n", "    respondents: 5100\n", "5100", "staffSurvey.respondents", "workforce.all.headcount")]
    public void CountsAboveTheHeadcount_AreWarned_AtTheCount_AndStillRead(string from, string to, string marker, string path, string bound)
    {
        var text = Example.Edit(from, to);

        var read = Parse(text);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var d = Single(read, EvidenceCodes.AboveUsualBound);
        Assert.False(d.IsError);
        Assert.Equal(At(text, marker), (d.Location!.Line, d.Location.Column));
        Assert.Contains($"'{path}' is more than '{bound}'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeniorWorkforceAboveTheWhole_IsRefused_CountByCount()
    {
        var text = Example.Edit("senior: {headcount: 200, bme: 46,", "senior: {headcount: 200, bme: 1300,");

        var read = Parse(text);

        var d = Assert.Single(read.Diagnostics, x => x.Code == EvidenceCodes.AboveBound);
        Assert.Equal(At(text, "1300"), (d.Location!.Line, d.Location.Column));
        Assert.Contains("'workforce.senior.bme' is more than 'workforce.all.bme' (1300 > 1250)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABandAboveTheWholeWorkforce_IsRefused_AtTheBandsCount()
    {
        var text = Example.Edit("counts: {headcount: 300, bme: 75, white: 215, ethnicityUnknown: 10, disabled: 27,", "counts: {headcount: 300, bme: 75, white: 215, ethnicityUnknown: 10, disabled: 427,");

        var read = Parse(text);

        var d = Assert.Single(read.Diagnostics, x => x.Code == EvidenceCodes.AboveBound);
        Assert.Equal(At(text, "427"), (d.Location!.Line, d.Location.Column));
        Assert.Contains("'workforce.bands[0].counts.disabled' is more than 'workforce.all.disabled'", d.Message, StringComparison.Ordinal);
    }
}
