using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using InclusionStandards.Assessments;
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
        [.. Describe(new Evaluator(TestCatalog.Standards).Run(document, Date)).Order(StringComparer.Ordinal)];

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

    [Fact]
    public void Assess_AfterReplacements_SameAssessmentAsEvaluatingTheChangedEvidence()
    {
        var document = Strong();
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var evaluator = new Evaluator(TestCatalog.Standards);
        var original = live.Assess();
        var firstFirings = original.RuleFirings;

        live.ReplaceElement("boardMembers", 0, WithoutFeedbackOrEdiObjective(document.Elements["boardMembers"][0]));
        live.ReplaceElement("boardMembers", 2, WithoutFeedbackOrEdiObjective(document.Elements["boardMembers"][2]));

        var changed = live.Assess();
        Assert.Equal(Json(evaluator.Evaluate(document, Date)), Json(original));
        Assert.NotEqual(Json(original), Json(changed));
        Assert.True(changed.RuleFirings > firstFirings); // counts the session's work: every firing since Start
        Assert.Equal(Json(evaluator.Evaluate(live.Evidence, Date) with { RuleFirings = changed.RuleFirings }), Json(changed));
    }

    [Fact]
    public void ReplaceElement_NewKey_RenamesTheElementsFindingsLikeAFreshEvaluation_AndADuplicateKeyIsRefused()
    {
        var document = Strong();
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var members = document.Elements["boardMembers"];

        live.ReplaceElement("boardMembers", 3, members[3].ToBuilder().Set("id", "bm-99").Build());

        var changed = live.Assess();
        Assert.Contains(changed.Criteria.SelectMany(c => c.Elements), e => e.Subject == "bm-99");
        Assert.DoesNotContain(changed.Criteria.SelectMany(c => c.Elements), e => e.Subject == (string?)members[3].GetValue("id"));
        Assert.Equal(Json(new Evaluator(TestCatalog.Standards).Evaluate(live.Evidence, Date) with { RuleFirings = changed.RuleFirings }), Json(changed));

        var ex = Assert.Throws<ArgumentException>(() => live.ReplaceElement("boardMembers", 0, members[0].ToBuilder().Set("id", "bm-99").Build()));
        Assert.Contains("'bm-99'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Json(changed), Json(live.Assess() with { RuleFirings = changed.RuleFirings }));
    }

    private static string Json(InclusionStandards.Assessments.Assessment assessment) =>
        InclusionStandards.Assessments.Json.AssessmentJson.Serialize(assessment);

    [Fact]
    public void ReplaceElement_RecordOfAnotherType_ThrowsAndChangesNothing()
    {
        var document = Strong();
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var appraisal = (Record)document.Elements["boardMembers"][0].GetValue("appraisal")!;

        var error = Assert.Throws<ArgumentException>(() => live.ReplaceElement("boardMembers", 0, appraisal));

        Assert.Contains("boardMembers", error.Message, StringComparison.Ordinal);
        Assert.Same(document, live.Evidence);
        Assert.Equal(Fresh(document), Describe(live.Findings()).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void ReplaceElement_OnlyOneFieldChanged_RefiresOnlyTheElementCriterionThatReadsIt()
    {
        var document = Strong();
        var member = document.Elements["boardMembers"][0];
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var before = live.Findings().Firings.Length;
        var appraisal = ((Record)member.GetValue("appraisal")!).ToBuilder().Set("multiSourceFeedback", !(bool)((Record)member.GetValue("appraisal")!).GetValue("multiSourceFeedback")!).Build();

        live.ReplaceElement("boardMembers", 0, member.ToBuilder().Set("appraisal", appraisal).Build());

        var refired = live.Findings().Firings.Skip(before).Select(f => f.Rule).ToList();
        Assert.Contains("criterion:lcf-member-multi-source-feedback:element", refired);
        Assert.DoesNotContain(refired, r => r.EndsWith(":element", StringComparison.Ordinal) && r != "criterion:lcf-member-multi-source-feedback:element");
        Assert.Equal(Fresh(live.Evidence), Describe(live.Findings()).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void ReplaceElement_SameRecordAgain_RefiresNoElementCriterion()
    {
        var document = Strong();
        var live = LiveEvaluation.Start(TestCatalog.Standards, document, Date)!;
        var before = live.Findings().Firings.Length;

        live.ReplaceElement("boardMembers", 3, document.Elements["boardMembers"][3].ToBuilder().Build());

        Assert.DoesNotContain(live.Findings().Firings.Skip(before), f => f.Rule.EndsWith(":element", StringComparison.Ordinal));
        Assert.Equal(Fresh(document), Describe(live.Findings()).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>One change to a board member's field (top-level or in the appraisal).</summary>
    private static Record Change(Record member, int field)
    {
        var appraisal = (Record)member.GetValue("appraisal")!;
        Record WithAppraisal(string name, object? value) => member.ToBuilder().Set("appraisal", appraisal.ToBuilder().Set(name, value).Build()).Build();
        return field switch
        {
            0 => member.ToBuilder().Set("leadsEdi", !(member.GetValue("leadsEdi") as bool? ?? false)).Build(),
            1 => member.ToBuilder().Set("voting", !(member.GetValue("voting") as bool? ?? false)).Build(),
            2 => member.ToBuilder().Set("executive", !(member.GetValue("executive") as bool? ?? false)).Build(),
            3 => member.ToBuilder().Set("role", member.GetValue("role") as string == "chief-executive" ? "chair" : "chief-executive").Build(),
            4 => member.ToBuilder().Set("fpptAttestedOn", null).Build(),
            5 => member.ToBuilder().Set("objectives", new List<object?>()).Build(),
            6 => WithAppraisal("multiSourceFeedback", !(appraisal.GetValue("multiSourceFeedback") as bool? ?? false)),
            7 => WithAppraisal("ediObjectiveReviewed", !(appraisal.GetValue("ediObjectiveReviewed") as bool? ?? false)),
            8 => WithAppraisal("completedOn", null),
            _ => WithAppraisal("domainRatings", new List<object?>()),
        };
    }

    /// <summary>Three changes, each (board member, which field change of <see cref="Change"/>).</summary>
    public sealed record BoardChanges((int Member, int Field)[] Steps);

    /// <summary>The arbitraries of these properties.</summary>
    public static class Arbitraries
    {
        public static FsCheck.Arbitrary<BoardChanges> Changes()
        {
            var count = Strong().Elements["boardMembers"].Length;
            return FsCheck.Fluent.Arb.From(Gen.ArrayOf(Gen.Choose(0, count - 1).SelectMany(m => Gen.Choose(0, 9).Select(f => (m, f))), 3).Select(s => new BoardChanges(s)));
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(Arbitraries)])]
    public void ReplaceElement_RandomFieldChanges_FindingsEqualAFreshEvaluation(BoardChanges changes)
    {
        // Whatever fields change, re-firing only the criteria that read them gives exactly a fresh evaluation's findings.
        var live = LiveEvaluation.Start(TestCatalog.Standards, Strong(), Date)!;
        foreach (var (m, f) in changes.Steps)
        {
            live.ReplaceElement("boardMembers", m, Change(live.Evidence.Elements["boardMembers"][m], f));
        }

        Assert.Equal(Fresh(live.Evidence), Describe(live.Findings()).Order(StringComparer.Ordinal).ToList());
    }
}
