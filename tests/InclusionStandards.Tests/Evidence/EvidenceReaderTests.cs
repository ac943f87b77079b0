using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using Record = InclusionStandards.Rules.Facts.Record;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Evidence;

public sealed class EvidenceReaderTests
{
    private static readonly Lazy<CompiledStandards> Fixture = new(() =>
    {
        var load = StandardsLoader.LoadDirectory(Path.Combine(TestCatalog.RepoRoot, "tests", "InclusionStandards.Cli.Tests", "Fixtures", "standards"));
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return CompiledStandards.Compile(load.Catalog, out _)!;
    });

    private const string Head = "organisation: { odsCode: RAA, name: Trust, type: acute-trust }\nperiod: { start: 2023-04-01, end: 2024-03-31 }\n";

    private static EvidenceReadResult Parse(string text, EvidenceLimits? limits = null) =>
        (limits is null ? Fixture.Value.Evidence : Fixture.Value.Evidence.WithLimits(limits)).Parse(text, "e.yaml");

    private static void AssertSingle(EvidenceReadResult r, string code, int line, int column, string? contains = null)
    {
        Assert.Null(r.Document);
        var d = Assert.Single(r.Diagnostics, x => x.IsError);
        Assert.Equal(code, d.Code);
        Assert.Equal((line, column), (d.Location!.Line, d.Location.Column));
        if (contains is not null)
        {
            Assert.Contains(contains, d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_ValidYaml_GivesTypedRecordsAndElements()
    {
        var r = Parse(Head + "assessmentDate: 2024-06-30\nevidence:\n  boardMembers:\n    - { id: bm-01, voting: true }\n  workforce: { bmeShortlisted: 12 }\n");
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        var doc = r.Document!;
        Assert.Equal("RAA", doc.Organisation.OdsCode);
        Assert.Equal(new DateOnly(2024, 6, 30), doc.AssessmentDate);
        Assert.Equal(12L, ((Record)doc.Root.GetValue("workforce")!).GetValue("bmeShortlisted"));
        Assert.Equal(true, Assert.Single(doc.Elements["boardMembers"]).GetValue("voting"));
        Assert.False(((Record)doc.Root.GetValue("workforce")!).Has("bmeAppointed"));
    }

    [Fact]
    public void Parse_Json_IsReadLikeYaml()
    {
        var json = """{ "organisation": { "odsCode": "RAA", "name": "Trust", "type": "acute-trust" }, "period": { "start": "2023-04-01", "end": "2024-03-31" }, "evidence": { "workforce": { "bmeShortlisted": 3 } } }""";
        Assert.True(Parse(json).Succeeded);
    }

    [Fact]
    public void Parse_UnknownField_SuggestsTheClosestName() =>
        AssertSingle(Parse(Head + "evidence:\n  workforce: { bmeShortlistd: 3 }\n"), EvidenceCodes.UnknownField, 4, 16, "Did you mean 'bmeShortlisted'?");

    [Fact]
    public void Parse_WrongType_IsLocatedAtTheValue() =>
        AssertSingle(Parse(Head + "evidence:\n  workforce:\n    bmeShortlisted: twelve\n"), EvidenceCodes.WrongType, 5, 21, "must be an integer");

    [Fact]
    public void Parse_QuotedNumber_IsAWrongType() =>
        AssertSingle(Parse(Head + "evidence:\n  workforce: { bmeShortlisted: \"12\" }\n"), EvidenceCodes.WrongType, 4, 32);

    [Fact]
    public void Parse_ValueNotInVocabulary_IsNotAllowed() =>
        AssertSingle(Parse("organisation: { odsCode: RAA, name: Trust, type: acute-trus }\nperiod: { start: 2023-04-01, end: 2024-03-31 }\n"), EvidenceCodes.NotAllowed, 1, 50, "Did you mean 'acute-trust'?");

    [Fact]
    public void Parse_BelowMin_IsOutOfRange() =>
        AssertSingle(Parse(Head + "evidence:\n  workforce: { bmeShortlisted: -1 }\n"), EvidenceCodes.OutOfRange, 4, 32, "at least 0");

    [Fact]
    public void Parse_BadDate_IsReported() =>
        AssertSingle(Parse("organisation: { odsCode: RAA, name: Trust, type: acute-trust }\nperiod: { start: 2023-13-01, end: 2024-03-31 }\n"), EvidenceCodes.BadDate, 2, 18);

    [Fact]
    public void Parse_OrganisationWithoutName_IsMissing() =>
        AssertSingle(Parse("organisation: { odsCode: RAA, type: acute-trust }\nperiod: { start: 2023-04-01, end: 2024-03-31 }\n"), EvidenceCodes.Missing, 1, 15, "name");

    [Fact]
    public void Parse_NoPeriod_IsMissing() =>
        AssertSingle(Parse("organisation: { odsCode: RAA, name: Trust, type: acute-trust }\n"), EvidenceCodes.Missing, 1, 1, "period");

    [Fact]
    public void Parse_TimeLaterOnTheAssessmentDay_IsAWarningThatItComparesAsAfter()
    {
        var r = TestCatalog.Standards.Evidence.Parse(Head + "assessmentDate: 2024-01-31\nevidence:\n  governance: { recruitmentOverhauledOn: '2024-01-31T10:00:00Z' }\n", "e.yaml");
        var midnight = TestCatalog.Standards.Evidence.Parse(Head + "assessmentDate: 2024-01-31\nevidence:\n  governance: { recruitmentOverhauledOn: 2024-01-31 }\n", "e.yaml");

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(EvidenceCodes.DatedAfterAssessment, d.Code);
        Assert.Contains("later on the assessment day", d.Message, StringComparison.Ordinal);
        Assert.Empty(midnight.Diagnostics);
    }

    [Fact]
    public void Parse_TextStartingWithAByteOrderMark_ReadsLikeTheFile()
    {
        var r = Parse("\uFEFF" + Head + "evidence:\n  boardMembers:\n    - { id: bm-01, voting: tru }\n");

        var d = Assert.Single(r.Diagnostics, x => x.IsError);
        Assert.Equal(EvidenceCodes.WrongType, d.Code);
        Assert.Equal((5, 28), (d.Location!.Line, d.Location.Column));
        Assert.True(Parse("\uFEFF" + Head).Succeeded);
    }

    [Theory]
    [InlineData("evidence:\n  workforce: {}\n  workforce: {}\n", 5, 3)]
    [InlineData("evidence: {\"workforce\": {}, \"workforce\": {}}\n", 3, 29)]
    public void Parse_KeyTwiceInOneMapping_IsDuplicateKeyNotUnreadable(string evidence, int line, int column) =>
        AssertSingle(Parse(Head + evidence), EvidenceCodes.DuplicateKey, line, column, "'workforce'");

    [Fact]
    public void Parse_TwoElementsWithOneKey_IsAnErrorAtTheSecondKey() =>
        AssertSingle(Parse(Head + "evidence:\n  boardMembers:\n    - { id: bm-01, voting: true }\n    - { id: bm-02, voting: true }\n    - { id: bm-01, voting: false }\n"),
            EvidenceCodes.DuplicateElementKey, 7, 13, "'boardMembers[0].id'");

    [Fact]
    public void Parse_MoreAppointedThanShortlisted_IsAnErrorAtTheAppointed() =>
        AssertSingle(Parse(Head + "evidence:\n  workforce: { bmeShortlisted: 10, bmeAppointed: 12, whiteShortlisted: 50, whiteAppointed: 50 }\n"),
            EvidenceCodes.AboveSibling, 4, 50, "'workforce.bmeAppointed' is more than 'workforce.bmeShortlisted' (12 > 10)");

    [Fact]
    public void Parse_AppointedWithoutShortlisted_IsNotJudged()
    {
        var r = Parse(Head + "evidence:\n  workforce: { bmeAppointed: 12 }\n");
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
    }

    [Fact]
    public void Parse_PercentagesGivenAsFractions_IsAWarningAtTheFirst()
    {
        var r = Parse(Head + "evidence:\n  survey: { harassment: 0.21, discrimination: 0.07, valued: 0.44 }\n");
        Assert.True(r.Succeeded);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((EvidenceCodes.PercentAsFraction, 4, 25), (d.Code, d.Location!.Line, d.Location.Column));
        Assert.False(d.IsError);
    }

    [Theory]
    [InlineData("{ harassment: 21.0, discrimination: 0.7, valued: 0.44 }")]
    [InlineData("{ harassment: 0.21, discrimination: 0.07 }")]
    [InlineData("{ harassment: 0.0, discrimination: 1.0, valued: 0.0 }")]
    public void Parse_PercentagesThatCanBePercentages_AreNotWarned(string survey)
    {
        var r = Parse(Head + $"evidence:\n  survey: {survey}\n");
        Assert.True(r.Succeeded);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Parse_RootFieldAboveItsSibling_IsAnError() =>
        AssertSingle(Parse(Head + "evidence:\n  networks: 3\n  fundedNetworks: 4\n"), EvidenceCodes.AboveSibling, 5, 19, "'fundedNetworks' is more than 'networks'");

    [Fact]
    public void Parse_OneShareAPerRecordGivenAsFractions_IsWarnedAcrossTheRecords()
    {
        var r = Parse(Head + "evidence:\n  survey: { harassment: 21.0, bullying: { rate: 0.1 }, stress: { rate: 0.2 }, burnout: { rate: 0.3 } }\n");
        Assert.True(r.Succeeded);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(EvidenceCodes.PercentAsFraction, d.Code);
        Assert.Contains("the 'rate' fields", d.Message, StringComparison.Ordinal);
        Assert.Equal((4, 49), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void Parse_SmallSignedDifferencesInPercent_AreNotTakenForFractions()
    {
        var r = Parse(Head + "evidence:\n  payGaps: { gender: 0.9, ethnicity: 0.5, disability: 0.7 }\n");
        Assert.True(r.Succeeded);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Parse_ListsInTheDocument_CannotBeChangedByTheCaller()
    {
        var r = Parse(Head + "evidence:\n  boardMembers:\n    - { id: bm-01, voting: true }\n");
        var members = Assert.IsAssignableFrom<System.Collections.IList>(r.Document!.Root.GetValue("boardMembers"));

        Assert.Throws<NotSupportedException>(() => members.Clear());
        Assert.Single(r.Document.Elements["boardMembers"]);
    }

    [Fact]
    public void Parse_PeriodBackwards_IsBadPeriod() =>
        AssertSingle(Parse("organisation: { odsCode: RAA, name: Trust, type: acute-trust }\nperiod: { start: 2024-04-01, end: 2024-03-31 }\n"), EvidenceCodes.BadPeriod, 2, 9);

    [Fact]
    public void Parse_AssessedBeforeThePeriodStarts_IsBadPeriodAtTheDate() =>
        AssertSingle(Parse("organisation: { odsCode: RAA, name: Trust, type: acute-trust }\nperiod: { start: 2023-04-01, end: 2024-03-31 }\nassessmentDate: 2020-01-01\n"), EvidenceCodes.BadPeriod, 3, 17);

    [Fact]
    public void Parse_EvidenceDatedAfterTheAssessment_IsAWarningAtTheDateAndStillReads()
    {
        // Assessed inside the period: the period's own end is later and is not warned about; the overhaul date is.
        var r = TestCatalog.Standards.Evidence.Parse(Head + "assessmentDate: 2024-01-31\nevidence:\n  governance: { recruitmentOverhauledOn: 2024-02-15 }\n", "e.yaml");
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        var warning = Assert.Single(r.Diagnostics);
        Assert.Equal(EvidenceCodes.DatedAfterAssessment, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal((5, 42), (warning.Location!.Line, warning.Location.Column)); // the value
        Assert.Contains("governance.recruitmentOverhauledOn", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_IsUnreadableWithPosition()
    {
        var r = Parse(Head + "evidence: { workforce: [ }\n");
        Assert.Equal(EvidenceCodes.Unreadable, Assert.Single(r.Diagnostics).Code);
        Assert.Equal(3, r.Diagnostics[0].Location!.Line);
    }

    [Fact]
    public void Parse_TooDeep_HitsTheDepthLimit()
    {
        var r = Parse(Head + "evidence:\n  workforce: " + new string('[', 50) + new string(']', 50) + "\n", EvidenceLimits.Default with { MaxDepth = 10 });
        Assert.Equal(EvidenceCodes.LimitExceeded, Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public void Parse_AliasBomb_StopsAtTheNodeLimitInsteadOfExpanding()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        var r = Parse(bomb, EvidenceLimits.Default with { MaxNodes = 100_000 });
        Assert.Contains(r.Diagnostics, d => d.Code == EvidenceCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_TextOverSizeLimit_IsRejected() =>
        Assert.Equal(EvidenceCodes.LimitExceeded, Assert.Single(Parse(Head + new string('#', 200), EvidenceLimits.Default with { MaxFileBytes = 100 }).Diagnostics).Code);
}
