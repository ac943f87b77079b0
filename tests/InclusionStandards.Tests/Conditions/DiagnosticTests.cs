using InclusionStandards.Conditions;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Tests.Conditions;

/// <summary>Compile errors carry a stable code, a policy-team message, a position and a caret under the column.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("wres.indicator3 > 'high'", "CEL101", "cannot compare double with string", 1, 17, "                ^")]
    [InlineData("board.meetings >", "CEL100", "unexpected end of expression", 1, 17, "                ^")]
    [InlineData("boardd.meetings > 1", "CEL102", "undeclared reference to 'boardd'", 1, 1, "^")]
    [InlineData("board.meeting > 1", "CEL103", "'Board' has no field 'meeting' (fields: chair, members, meetings, budget, score)", 1, 7, "      ^")]
    [InlineData("board.meetings && true", "CEL101", "'&&' needs bool operands, not int", 1, 1, "^")]
    [InlineData("foo(1)", "CEL102", "undeclared function 'foo'", 1, 1, "^")]
    [InlineData("withinBand('a', 1, 2)", "CEL101", "found no matching overload for 'withinBand' applied to (string, int, int)", 1, 1, "^")]
    [InlineData("board.score + 'x' > 1.0", "CEL101", "cannot add double and string", 1, 13, "            ^")]
    [InlineData("'abc", "CEL100", "unterminated string literal", 1, 1, "^")]
    [InlineData("while > 1", "CEL100", "'while' is a reserved word", 1, 1, "^")]
    [InlineData("board.members.all(m, m.name)", "CEL101", "the predicate must be bool, not string", 1, 22, "                     ^")]
    [InlineData("board.meetings.size()", "CEL101", "found no matching overload for 'size' applied to int with ()", 1, 15, "              ^")]
    [InlineData("1 + 99999999999999999999", "CEL100", "integer literal is out of range", 1, 5, "    ^")]
    public void Compile_InvalidExpression_ReportsCodeMessageAndCaret(string expression, string code, string message, int line, int column, string caret)
    {
        var d = SingleError(EvidenceFixture.Environment.Compile(expression));

        Assert.Equal(code, d.Code);
        Assert.Equal(message, d.Message);
        Assert.Equal(new SourceLocation(string.Empty, line, column), d.Location);
        Assert.Equal($"  | {expression}\n  | {caret}", d.Detail);
    }

    [Fact]
    public void Compile_ErrorOnSecondLine_PointsAtLineAndColumnThere()
    {
        var d = SingleError(EvidenceFixture.Environment.Compile("board.meetings > 1 &&\n  board.chair.name > 3"));

        Assert.Equal("CEL101", d.Code);
        Assert.Equal("cannot compare string with int", d.Message);
        Assert.Equal(new SourceLocation(string.Empty, 2, 20), d.Location);
        Assert.Equal("  |   board.chair.name > 3\n  |                    ^", d.Detail);
    }

    [Fact]
    public void Compile_WithOrigin_MapsPositionIntoTheYamlFile()
    {
        var origin = new SourceLocation("standards/wres.yaml", 10, 12);
        var d = SingleError(EvidenceFixture.Environment.Compile("wres.indicator3 > 'high'", origin: origin));

        Assert.Equal(
            "standards/wres.yaml:10:28: error CEL101: cannot compare double with string\n  | wres.indicator3 > 'high'\n  |                 ^",
            d.ToString());
    }

    [Fact]
    public void Compile_WrongResultType_ReportsCel105AtStart()
    {
        var d = SingleError(EvidenceFixture.Environment.Compile("board.score * 2.0", CelType.Bool));

        Assert.Equal("CEL105", d.Code);
        Assert.Equal("the expression is double, but bool is required here", d.Message);
        Assert.Equal("  | board.score * 2.0\n  | ^", d.Detail);
    }

    [Fact]
    public void Compile_TwoErrors_ReportsBothSortedByColumn()
    {
        var result = EvidenceFixture.Environment.Compile("board.x > 1 && board.y > 2");

        Assert.Equal(["CEL103", "CEL103"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(
            ["'Board' has no field 'x' (fields: chair, members, meetings, budget, score)", "'Board' has no field 'y' (fields: chair, members, meetings, budget, score)"],
            result.Diagnostics.Select(d => d.Message));
        Assert.Equal([7, 22], result.Diagnostics.Select(d => d.Location!.Column));
        Assert.Equal(
            ["  | board.x > 1 && board.y > 2\n  |       ^", "  | board.x > 1 && board.y > 2\n  |                      ^"],
            result.Diagnostics.Select(d => d.Detail));
    }

    private static Diagnostic SingleError(CompileResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Condition);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        return d;
    }
}
