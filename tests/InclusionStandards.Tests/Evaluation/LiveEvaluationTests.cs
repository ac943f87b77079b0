using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using Record = InclusionStandards.Rules.Facts.Record;

namespace InclusionStandards.Tests.Evaluation;

public sealed class LiveEvaluationTests
{
    private static readonly DateOnly Date = new(2024, 6, 30);

    private static EvidenceDocument Strong()
    {
        var read = TestCatalog.Standards.Evidence.ReadFile(TestCatalog.Example("strong-acute-trust.yaml"));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return read.Document!;
    }

    private static Record WithoutFeedbackOrEdiObjective(Record member)
    {
        var appraisal = ((Record)member.GetValue("appraisal")!).ToBuilder().Set("multiSourceFeedback", false).Set("ediObjectiveReviewed", false).Build();
        return member.ToBuilder().Set("appraisal", appraisal).Set("leadsEdi", false).Build();
    }

    private static List<string> Describe(FindingSet findings) =>
    [
        .. findings.Criteria.Select(c => $"{c} | {string.Join("; ", c.Reasons)} | {string.Join(",", c.Missing)} | {string.Join(",", c.EvidenceUsed.Select(e => e.Path + "=" + e.Value))}"),
        .. findings.Indicators.Select(i => $"{i} | {string.Join(",", i.Missing)} | {i.Error}"),
    ];

    private static List<string> Fresh(EvidenceDocument document) =>
        [.. Describe(new Evaluator(TestCatalog.Standards).Run(document, Date, useEngine: true)).Order(StringComparer.Ordinal)];

    [Fact]
    public void ReplaceElement_ChangedBoardMember_FindingsEqualAFreshEvaluationOfTheChangedEvidence()
    {
        var document = Strong();
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var before = Describe(live.Findings()).Order(StringComparer.Ordinal).ToList();

        live.ReplaceElement("boardMembers", 0, WithoutFeedbackOrEdiObjective(document.Elements["boardMembers"][0]));

        var after = Describe(live.Findings()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEqual(before, after);
        Assert.Equal(Fresh(live.Evidence), after);
    }

    [Fact]
    public void ReplaceElement_ChangeThenChangeBack_FindingsEqualTheOriginalEvaluation()
    {
        var document = Strong();
        var member = document.Elements["boardMembers"][1];
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;

        live.ReplaceElement("boardMembers", 1, WithoutFeedbackOrEdiObjective(member));
        live.ReplaceElement("boardMembers", 1, member);

        Assert.Equal(Fresh(document), Describe(live.Findings()).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void ReplaceElement_OneBoardMember_FiresFarFewerRulesThanAFullEvaluation()
    {
        var document = Strong();
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var full = live.Findings().Firings.Length;

        var fired = live.ReplaceElement("boardMembers", 2, WithoutFeedbackOrEdiObjective(document.Elements["boardMembers"][2]));

        Assert.InRange(fired, 1, full / 4);
    }

    [Fact]
    public void ReplaceElement_UnknownList_Throws()
    {
        var live = LiveEvaluation.Start(TestCatalog.Standards, Strong(), Date)!;
        var member = live.Evidence.Elements["boardMembers"][0];

        Assert.Throws<ArgumentException>(() => live.ReplaceElement("noSuchList", 0, member));
        Assert.Throws<ArgumentException>(() => live.ReplaceElement("boardMembers", 999, member));
    }
}
