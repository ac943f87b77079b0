using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;
using static InclusionStandards.Tests.Loading.Fixtures;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Loading;

public class ConditionStageTests
{
    [Fact]
    public void ConditionError_UnknownField_PointsInsideExpression()
    {
        var text = Domain.Edit("size(member.objectives)", "size(member.objectivez)");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ConditionError);
        var (line, column) = Position(text, "objectivez");
        Assert.Equal("domain.yaml", d.Location!.File);
        Assert.Equal(line, d.Location.Line);
        Assert.InRange(d.Location.Column, column - 7, column); // at the selection (member.) or the field name
        Assert.Contains("CEL", d.Message, StringComparison.Ordinal);
        Assert.NotNull(d.Detail);
    }

    [Fact]
    public void ConditionResultType_MetIsNotBool()
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", "met: \"size(member.objectives)\"");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ConditionResultType);
        var (line, column) = Position(text, "size(member");
        Assert.Equal((line, column), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void ConditionError_RootVariablesPeriodAndFunctionsInScope()
    {
        var text = Domain.Edit("size(member.objectives) > 0", "headcount > 0 && period.start < assessmentDate && monthsBetween(period.start, period.end) >= 12 && withinMonths(period.start, assessmentDate, 12) && percent(1, 2) > 0.0");
        var result = LoadWith("domain.yaml", text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void UnknownReference_OutcomeOfMissingCriterion()
    {
        var text = Domain.Edit("size(member.objectives) > 0", "outcome('inc-c9') == 'met'");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownReference);
        var (line, column) = Position(text, "inc-c9");
        Assert.Equal((line, column), (d.Location!.Line, d.Location.Column));
    }

    [Theory]
    [InlineData("outcome(member.id) == 'met'", "member.id)")]
    [InlineData("indicator('a' + member.id) > 1.0", "'a' + member.id")]
    public void NonConstantReference_IsAnErrorAtTheArgument(string condition, string argument)
    {
        var text = Domain.Edit("size(member.objectives) > 0", condition);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.NonConstantReference);
        Assert.Equal(Position(text, argument), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void UnknownReference_FoldedConstantIsResolved()
    {
        var text = Domain.Edit("size(member.objectives) > 0", "outcome('inc-' + 'c9') == 'met'");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownReference);
        Assert.Contains("outcome('inc-c9')", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionError_ForAsVariableOnlyInItsCriterion()
    {
        var text = Domain.Edit("applies: \"member.voting\"", "applies: \"programme.id != ''\"");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ConditionError);
        Assert.Equal(Position(text, "programme.id").Line, d.Location!.Line);
    }

    [Fact]
    public void ConditionError_FoldedBlock_PointsAtSourceLineAndColumn()
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", "met: >\n          size(member.objectives) > 0 &&\n          member.votingg");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ConditionError);
        var (line, column) = Position(text, "member.votingg");
        Assert.Equal(line, d.Location!.Line);
        Assert.InRange(d.Location.Column, column, column + 7);
    }

    [Theory]
    [InlineData("member.id.matches('[')", "'['")]
    [InlineData("timestamp('2024-' + '13-01T00:00:00Z') < assessmentDate", "'2024-' +")]
    [InlineData("timestamp('2024-13-01T00:00:00Z') < assessmentDate", "'2024-13-01T00:00:00Z'")]
    [InlineData("duration('90d') > duration('1h')", "'90d'")]
    public void ConstantArgument_ThatCanNeverBeRead_IsAnErrorAtTheLiteral(string condition, string literal)
    {
        var text = Domain.Edit("size(member.objectives) > 0", condition);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ConstantArgument);
        Assert.Equal(Position(text, literal), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void ConstantArgument_Readable_IsAccepted()
    {
        var text = Domain.Edit("size(member.objectives) > 0", "member.name.matches('^[A-Z]') && timestamp('2024-03-31T00:00:00Z') < assessmentDate && duration('2160h') > duration('1h')");
        Assert.DoesNotContain(LoadWith("domain.yaml", text).Diagnostics, d => d.Code == DiagnosticCodes.ConstantArgument);
    }

    [Theory]
    [InlineData("met: \"size(member.objectives) > 0 &&\n          member.votingg\"")]              // double-quoted, folded onto a second line
    [InlineData("met: size(member.objectives) > 0 &&\n          member.votingg")]                  // plain, folded
    [InlineData("met: \"size(member.objectives) > \\u0030 && member.votingg\"")]                 // an escape before the error
    [InlineData("met: 'size(member.objectives) > 0 && ''a'' != ''b'' && member.votingg'")] // doubled quotes before the error
    public void ConditionError_InFoldedOrEscapedScalar_IsReportedWhereTheTokenIsWritten(string met)
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", met);
        Assert.NotEqual(Domain, text);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ConditionError);
        Assert.Equal(Position(text, "votingg"), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void MonthsBetween_CountsWholeCalendarMonths()
    {
        var t = (string s) => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, StandardsFunctions.MonthsBetween(t("2024-01-31T00:00:00Z"), t("2024-02-29T00:00:00Z")));
        Assert.Equal(1, StandardsFunctions.MonthsBetween(t("2024-01-15T00:00:00Z"), t("2024-02-15T00:00:00Z")));
        Assert.Equal(12, StandardsFunctions.MonthsBetween(t("2023-04-01T00:00:00Z"), t("2024-04-01T00:00:00Z")));
        Assert.Equal(-1, StandardsFunctions.MonthsBetween(t("2024-02-15T00:00:00Z"), t("2024-01-15T00:00:00Z")));
    }

    [Theory]
    [InlineData("2023-06-30", "2024-06-30", 12, true)]  // exactly twelve months earlier
    [InlineData("2023-06-29", "2024-06-30", 12, false)]
    [InlineData("2023-05-31", "2024-06-30", 12, false)] // twelve whole months and thirty days: monthsBetween says 12
    [InlineData("2024-07-15", "2024-06-30", 12, true)]  // after the reference
    [InlineData("2023-02-28", "2024-02-29", 12, true)]  // from a leap day: twelve months earlier is 2023-02-28 (clamped)
    [InlineData("2023-03-31", "2024-02-29", 11, true)]  // 11 months before 2024-02-29 is 2023-03-29
    [InlineData("2021-06-30", "2024-06-30", 36, true)]
    public void WithinMonths_IsOnOrAfterTheSameDayNMonthsEarlier(string value, string reference, long months, bool within)
    {
        var t = (string s) => DateTimeOffset.Parse(s + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(within, StandardsFunctions.WithinMonths(t(value), t(reference), months));
        Assert.True(StandardsFunctions.MonthsBetween(t("2023-05-31"), t("2024-06-30")) <= 12); // why monthsBetween <= 12 is too lenient
    }

    private static (int Line, int Column) Position(string text, string token)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', index) + 1;
        return (1 + text[..index].Count(c => c == '\n'), index - lineStart + 1);
    }
}
