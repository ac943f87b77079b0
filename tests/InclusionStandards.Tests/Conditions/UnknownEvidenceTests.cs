namespace InclusionStandards.Tests.Conditions;

/// <summary>Missing evidence is unknown, not false, with CEL's commutative and/or deciding where it can.</summary>
public class UnknownEvidenceTests
{
    [Theory]
    [InlineData("board.chair.appraisal.completed", "unknown(board.chair.appraisal)")]
    [InlineData("board.meetings > 4", "unknown(board.meetings)")]
    [InlineData("board.meetings > 4 && false", "false")]
    [InlineData("false && board.meetings > 4", "false")]
    [InlineData("board.meetings > 4 || true", "true")]
    [InlineData("true || board.meetings > 4", "true")]
    [InlineData("board.meetings > 4 && true", "unknown(board.meetings)")]
    [InlineData("board.meetings > 4 || false", "unknown(board.meetings)")]
    [InlineData("board.meetings > 4 && wres.indicator3 < 1.0", "unknown(board.meetings, wres.indicator3)")]
    [InlineData("board.meetings > 4 && 1 / 0 == 1", "unknown(board.meetings)")]
    [InlineData("1 / 0 == 1 || board.meetings > 4", "unknown(board.meetings)")]
    [InlineData("1 / 0 == 1 && false", "false")]
    [InlineData("1 / 0 == 1 && true", "error")]
    [InlineData("has(board.meetings)", "false")]
    [InlineData("has(board.meetings) && board.meetings > 4", "false")]
    [InlineData("!has(board.meetings) || board.meetings > 4", "true")]
    [InlineData("has(board.chair.appraisal)", "false")]
    [InlineData("has(board.chair.appraisal.completed)", "unknown(board.chair.appraisal)")]
    [InlineData("board.members.all(m, m.appraisal.completed)", "unknown(board.members[1].appraisal)")]
    [InlineData("board.members.exists(m, m.appraisal.completed)", "true")]
    [InlineData("board.members.exists(m, !m.appraisal.completed)", "unknown(board.members[1].appraisal)")]
    [InlineData("board.members.all(m, has(m.appraisal))", "false")]
    [InlineData("board.members.exists_one(m, m.appraisal.completed)", "unknown(board.members[1].appraisal)")]
    [InlineData("board.members.filter(m, m.appraisal.completed).size() > 0", "unknown(board.members[1].appraisal)")]
    [InlineData("board.members.map(m, m.name).size() == 2", "true")]
    [InlineData("!(board.meetings > 4)", "unknown(board.meetings)")]
    [InlineData("(board.meetings > 4 ? 'a' : 'b') == 'a'", "unknown(board.meetings)")]
    [InlineData("-board.meetings < 0", "unknown(board.meetings)")]
    [InlineData("board.meetings + 1 > 2", "unknown(board.meetings)")]
    [InlineData("double(board.meetings) + wres.indicator3 > 2.0", "unknown(board.meetings, wres.indicator3)")] // every missing operand is named
    [InlineData("board.meetings == wres.indicator3", "unknown(board.meetings, wres.indicator3)")]
    [InlineData("board.meetings / 0 == 1 || board.meetings + 1 / 0 > 1", "unknown(board.meetings)")] // unknown wins over the error
    [InlineData("size(board.chair.appraisal.rating) > 0", "unknown(board.chair.appraisal)")]
    [InlineData("board.chair.appraisal.date < timestamp('2025-01-01T00:00:00Z')", "unknown(board.chair.appraisal)")]
    [InlineData("wres.indicator3 > 1.25", "unknown(wres.indicator3)")]
    [InlineData("wres.indicator2 > 1.25", "true")]
    [InlineData("wres.indicator2 > 1.25 || wres.indicator3 > 1.25", "true")]
    [InlineData("wres.indicator3 > 1.25 || wres.indicator2 > 1.25", "true")]
    [InlineData("wres.indicator3 > 1.25 && wres.indicator2 > 1.25", "unknown(wres.indicator3)")]
    [InlineData("has(wres.indicator3)", "false")]
    [InlineData("wres.source == 'ESR'", "unknown(wres.source)")]
    [InlineData("wres.source.startsWith('E') || wres.headcount > 100", "true")]
    [InlineData("wres.headcount > 100 && board.chair.name == 'A'", "true")]
    [InlineData("[board.meetings, 1].size() == 2", "unknown(board.meetings)")]
    [InlineData("{'m': board.meetings}.size() == 1", "unknown(board.meetings)")]
    [InlineData("board.meetings in [1, 2]", "unknown(board.meetings)")]
    [InlineData("string(board.meetings) == '3'", "unknown(board.meetings)")]
    [InlineData("board.budget.training > 500.0", "true")]
    [InlineData("board.chair.appraisal.completed == board.chair.appraisal.completed", "unknown(board.chair.appraisal)")]
    [InlineData("board.meetings > 1 && board.meetings < 10", "unknown(board.meetings)")]
    [InlineData("relativeLikelihood(board.meetings, 10, 1, 10) > 1.0", "unknown(board.meetings)")]
    [InlineData("withinBand(wres.indicator3, 0.8, 1.25)", "unknown(wres.indicator3)")]
    [InlineData("percent(wres.headcount, 0) > 1.0", "error")]
    [InlineData("percent(wres.headcount, 0) > 1.0 || board.meetings > 1", "unknown(board.meetings)")]
    [InlineData("board.members.all(m, m.yearsInPost > 1)", "unknown(board.members[0].yearsInPost, board.members[1].yearsInPost)")]
    [InlineData("board.members.exists(m, m.yearsInPost > 1) || true", "true")]
    [InlineData("nobody.name == 'x'", "unknown(nobody)")]
    [InlineData("nobody.name == 'x' || board.chair.name == 'A'", "true")]
    [InlineData("outcome('c1') && true", "unknown(criteria.c1)")]
    [InlineData("outcome('c1') && outcome('not-met')", "false")]
    [InlineData("outcome('c1') || outcome('met')", "true")]
    [InlineData("outcome('c1') || outcome('broken')", "unknown(criteria.c1)")]
    [InlineData("outcome('broken') && outcome('met')", "error")]
    [InlineData("(board.meetings > 4 && false) || board.chair.appraisal.completed", "unknown(board.chair.appraisal)")]
    [InlineData("board.meetings > 4 && board.chair.appraisal.completed", "unknown(board.chair.appraisal, board.meetings)")]
    [InlineData("board.chair.appraisal.completed || board.meetings > 4 || true", "true")]
    [InlineData("wres.trend.all(x, x > 1.0) && board.meetings > 0", "unknown(board.meetings)")]
    [InlineData("wres.trend.exists(x, x > 1.15) || board.meetings > 0", "true")]
    public void Evaluate_PartialEvidence_GivesExpectedThreeValuedResult(string expression, string expected)
    {
        Assert.Equal(expected, EvidenceFixture.Describe(EvidenceFixture.Evaluate(expression)));
    }

    [Theory]
    [InlineData("board.meetings * 2", "unknown(board.meetings)")]
    [InlineData("board.score * 2.0", "1.5")]
    [InlineData("percent(board.members.filter(m, has(m.appraisal)).size(), board.members.size())", "50")]
    public void Evaluate_ValueExpressionWithPartialEvidence_GivesValueOrUnknown(string expression, string expected)
    {
        Assert.Equal(expected, EvidenceFixture.Describe(EvidenceFixture.Evaluate(expression)));
    }

    [Fact]
    public void Unknown_MissingPaths_AreSortedAndDistinct()
    {
        var r = EvidenceFixture.Evaluate("wres.indicator3 > 1.0 && board.meetings > 1 && board.meetings < 9 && board.chair.appraisal.completed");
        Assert.Equal(["board.chair.appraisal", "board.meetings", "wres.indicator3"], r.MissingPaths.ToArray());
    }
}
