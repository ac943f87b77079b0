using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;
using static InclusionStandards.Tests.Loading.Fixtures;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Loading;

/// <summary>One bad file per diagnostic code, asserting the code, the line and the column.</summary>
public class DiagnosticCodeTests
{
    private const string Header = """
        kind: actions
        id: bad
        version: 0.1.0
        title: Bad
        status: draft
        sources:
          - { id: src-b, document: D, publisher: P, year: 2020 }

        """;

    [Fact]
    public void UnknownKey_Misspelt_SuggestsAndPointsAtKey()
    {
        var text = Domain.Edit("title: Members", "titel: Members");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownKey);
        AssertAt(d, "domain.yaml", text, "titel:");
        Assert.Contains("Did you mean 'title'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAction_ActionWithoutOwner_IsReported()
    {
        var text = Domain.Replace("        category: processes\n", "        category: processes\n        action: Give every voting member an objective.\n", StringComparison.Ordinal);
        Assert.NotEqual(Domain, text);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.InvalidAction);
        Assert.Contains("'inc-c1' has an 'action' but no 'owner'", d.Message, StringComparison.Ordinal);
        Assert.Equal("domain.yaml", Path.GetFileName(d.Location!.File));
    }

    [Fact]
    public void MissingKey_NoTitle_PointsAtMapping()
    {
        var text = Taxonomy.Edit("title: Taxonomy\n", string.Empty);
        Fixtures.AssertAt(Single(LoadWith("taxonomy.yaml", text), DiagnosticCodes.MissingKey), "taxonomy.yaml", 1, 1);
    }

    [Fact]
    public void MissingKey_DomainCriterionWithoutCategory_PointsAtId()
    {
        var text = Domain.Edit("        category: processes\n", string.Empty);
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.MissingKey), "domain.yaml", text, "inc-c1");
    }

    [Fact]
    public void MissingKey_LevelsSchemeWithoutLevels_PointsAtId()
    {
        var text = Fixtures.Scoring[..Fixtures.Scoring.IndexOf("levels:", StringComparison.Ordinal)] + "ratings:\n  - { label: Low, from: 0, to: 100 }\n";
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.MissingKey), "scoring.yaml", text, "cqc-style");
    }

    [Fact]
    public void WrongType_YearNotNumber_PointsAtValue()
    {
        var text = Fixtures.Scoring.Edit("year: 2020", "year: twenty");
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.WrongType), "scoring.yaml", text, "twenty");
    }

    [Fact]
    public void InvalidValue_Status_SuggestsDraft()
    {
        var text = Fixtures.Scoring.Edit("status: proposed", "status: propsed");
        var d = Single(LoadWith("scoring.yaml", text), DiagnosticCodes.InvalidValue);
        AssertAt(d, "scoring.yaml", text, "propsed");
        Assert.Contains("'proposed'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidId_NotKebab()
    {
        var text = Domain.Edit("id: inc-c1", "id: Inc_C1");
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.InvalidId), "domain.yaml", text, "Inc_C1");
    }

    [Fact]
    public void InvalidVersion_NotSemVer()
    {
        var text = Taxonomy.Edit("version: 1.0.0", "version: 1.0");
        AssertAt(Single(LoadWith("taxonomy.yaml", text), DiagnosticCodes.InvalidVersion), "taxonomy.yaml", text, "1.0");
    }

    [Fact]
    public void MissingSources_CriterionCitesNothing()
    {
        var text = Domain.Edit("        sources: [ { ref: src-d, section: Part 3 } ]", string.Empty);
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.MissingSources), "domain.yaml", text, "id: inc-c1");
    }

    [Fact]
    public void InvalidFieldType_Misspelt()
    {
        var text = Fixtures.Evidence.Edit("list<string>", "lst<string>");
        var d = LoadWith("evidence.yaml", text).Diagnostics.First(x => x.Code == DiagnosticCodes.InvalidFieldType);
        AssertAt(d, "evidence.yaml", text, "lst<string>");
    }

    [Fact]
    public void InvalidDate_Due()
    {
        var text = Header + "actions:\n  - { id: act-1, title: T, due: 2020-13-45, sources: [ { ref: src-b } ] }\n";
        AssertAt(Single(LoadWith("bad.yaml", text), DiagnosticCodes.InvalidDate), "bad.yaml", text, "2020-13-45");
    }

    [Fact]
    public void UnknownKind_SuggestsDomain()
    {
        var text = Domain.Edit("kind: domain", "kind: domian");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownKind);
        Fixtures.AssertAt(d, "domain.yaml", 1, 7);
        Assert.Contains("'domain'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_AcrossFiles_PointsAtSecond()
    {
        var text = Header + "actions:\n  - { id: inc-c1, title: T, sources: [ { ref: src-b } ] }\n";
        AssertAt(Single(LoadWith("zz.yaml", text), DiagnosticCodes.DuplicateId), "zz.yaml", text, "inc-c1");
    }

    [Fact]
    public void DuplicateId_AliasRepeatsACriterion_IsReported()
    {
        var text = Domain.Edit("      - id: inc-c1", "      - &crit\n        id: inc-c1") + "\n      - *crit\n";
        Assert.NotEqual(Domain + "\n      - *crit\n", text);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.DuplicateId);
        Assert.Contains("alias", d.Message, StringComparison.Ordinal);
        AssertAt(d, "domain.yaml", text, "inc-c1");
    }

    [Fact]
    public void ReferenceCycle_CriterionReadsItsOwnOutcome_IsAnErrorAtTheCondition()
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", "met: \"outcome('inc-c1') == 'met'\"");
        Assert.NotEqual(Domain, text);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ReferenceCycle);
        AssertAt(d, "domain.yaml", text, "outcome('inc-c1')");
        Assert.Contains("inc-c1 → inc-c1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorUnit_Score_IsAccepted()
    {
        var text = "kind: indicators\nid: engagement\nversion: 0.1.0\ntitle: Engagement\nstatus: draft\nsources:\n  - { id: s, document: D, publisher: P, year: 2020 }\n"
            + "indicators:\n  - { id: eng-1, title: Staff engagement, unit: score, value: \"7.5\", sources: [ { ref: s, section: Table 1 } ] }\n";
        var result = LoadWith("indicators.yaml", text);
        Assert.Empty(result.Diagnostics.Where(d => d.IsError));
        Assert.Equal(InclusionStandards.Model.IndicatorUnit.Score, result.Catalog.EnumerateIndicators().Single(i => i.Indicator.Id == "eng-1").Indicator.Unit);
    }

    [Fact]
    public void KeyWithoutEffect_CategoryOnAnActionsCriterion_IsAWarningAtTheCategory()
    {
        var text = Header + "actions:\n  - id: a1\n    title: Act\n    sources: [ { ref: src-b, section: S } ]\n    criteria:\n"
            + "      - { id: a1-c, title: T, statement: S, met: \"true\", category: processes, sources: [ { ref: src-b, section: S } ] }\n";
        var d = Single(LoadWith("actions.yaml", text), DiagnosticCodes.KeyWithoutEffect);
        Assert.Equal(InclusionStandards.Diagnostics.DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "actions.yaml", text, "processes");
    }

    [Fact]
    public void DuplicateKey_SameMapping()
    {
        var text = Fixtures.Scoring.Edit("aggregate: percentage", "aggregate: percentage\naggregate: sum");
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.DuplicateKey), "scoring.yaml", text, "aggregate: sum");
    }

    [Fact]
    public void CitationWithoutSection_IsAWarningAtTheCitation()
    {
        var text = Domain.Edit("{ ref: src-d, section: Part 3 } ]", "{ ref: src-d } ]");
        var result = LoadWith("domain.yaml", text);
        var d = Single(result, DiagnosticCodes.CitationWithoutSection);
        Assert.False(d.IsError);
        AssertAt(d, "domain.yaml", text, "{ ref: src-d } ]");
        Assert.False(result.HasErrors);
        Assert.Single(result.Catalog.EnumerateCriteria()); // the criterion is still loaded
    }

    [Fact]
    public void SourceUrlNotWeb_IsAWarningAtTheUrl()
    {
        var text = Domain.Edit("{ id: src-d, document: Doc, publisher: Pub, year: 2020 }", "{ id: src-d, document: Doc, publisher: Pub, year: 2020, url: \"javascript:alert(1)\" }");
        Assert.NotEqual(Domain, text);
        var result = LoadWith("domain.yaml", text);
        var d = Single(result, DiagnosticCodes.SourceUrlNotWeb);
        Assert.False(d.IsError);
        AssertAt(d, "domain.yaml", text, "\"javascript:");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void UnknownSource_Ref()
    {
        var text = Domain.Edit("{ ref: src-d, section: Part 3 } ]", "{ ref: src-x, section: Part 3 } ]");
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownSource), "domain.yaml", text, "src-x");
    }

    [Fact]
    public void UnknownVocabulary_Field()
    {
        var text = Fixtures.Evidence.Edit("vocabulary: organisation-types", "vocabulary: org-types");
        AssertAt(Single(LoadWith("evidence.yaml", text), DiagnosticCodes.UnknownVocabulary), "evidence.yaml", text, "type: { type: string, vocab");
    }

    [Fact]
    public void UnknownScoring_Domain()
    {
        var text = Domain.Edit("scoring: cqc-style", "scoring: cqc");
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownScoring), "domain.yaml", text, "cqc\n");
    }

    [Fact]
    public void UnknownReference_FrameworkRoleDomain()
    {
        var text = Header.Edit("kind: actions", "kind: framework")
            + "roles: [ { role: chair, domains: [fd-1, fd-9] } ]\ndomains:\n  - { id: fd-1, title: D, sources: [ { ref: src-b } ] }\n";
        AssertAt(Single(LoadWith("bad.yaml", text), DiagnosticCodes.UnknownReference), "bad.yaml", text, "fd-9");
    }

    [Fact]
    public void UnknownType_InList()
    {
        var text = Fixtures.Evidence.Edit("list<Programme>", "list<Programmes>");
        var d = Single(LoadWith("evidence.yaml", text), DiagnosticCodes.UnknownType);
        AssertAt(d, "evidence.yaml", text, "list<Programmes>");
        Assert.Contains("'Programme'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotARootList_ForEachNamesScalar()
    {
        var text = Domain.Edit("each: boardMembers", "each: headcount");
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.NotARootList), "domain.yaml", text, "headcount");
    }

    [Fact]
    public void UnknownCategory_DomainCriterion()
    {
        var text = Domain.Edit("category: processes", "category: feedback");
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.UnknownCategory), "domain.yaml", text, "feedback");
    }

    [Fact]
    public void EvidenceSchemaCount_Two()
    {
        var text = Fixtures.Evidence.Edit("id: evidence", "id: evidence-two");
        AssertAt(Single(LoadWith("zz.yaml", text), DiagnosticCodes.EvidenceSchemaCount), "zz.yaml", text, "evidence-two");
    }

    [Fact]
    public void OrganisationType_MissingName()
    {
        var text = Fixtures.Evidence.Edit("      name: { type: string }\n", string.Empty);
        AssertAt(Single(LoadWith("evidence.yaml", text), DiagnosticCodes.OrganisationType), "evidence.yaml", text, "Organisation:");
    }

    [Fact]
    public void InvalidKey_NotStringField()
    {
        var text = Fixtures.Evidence.Edit("    key: id\n    fields:\n      id: { type: string }\n      voting", "    key: voting\n    fields:\n      id: { type: string }\n      voting");
        AssertAt(Single(LoadWith("evidence.yaml", text), DiagnosticCodes.InvalidKey), "evidence.yaml", text, "BoardMember:");
    }

    [Fact]
    public void UnknownRating_CapAt()
    {
        var text = Fixtures.Scoring + "\nlimiters:\n  - { when: \"anyLevelAtMost(1)\", capAt: Medium }\n";
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.UnknownRating), "scoring.yaml", text, "Medium");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("anyLevelAtMst(1)")]
    [InlineData("anyLevelAtMost(1")]
    [InlineData("!anyLevelAtMost(0)")]
    public void LimiterCondition_NotALimiterExpression_PointsAtWhen(string when)
    {
        var text = Fixtures.Scoring + $"\nlimiters:\n  - {{ when: \"{when}\", capAt: Low }}\n";
        var d = Single(LoadWith("scoring.yaml", text), DiagnosticCodes.LimiterCondition);
        AssertAt(d, "scoring.yaml", text, when);
        Assert.Contains("would never apply", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anyLevelAtMost(1)")]
    [InlineData(" countLevelAtMost(1.5) >= 2 ")]
    public void LimiterCondition_Supported_NoDiagnostic(string when)
    {
        var text = Fixtures.Scoring + $"\nlimiters:\n  - {{ when: \"{when}\", capAt: Low }}\n";
        Assert.Empty(LoadWith("scoring.yaml", text).Diagnostics);
    }

    [Fact]
    public void MissingKey_OutcomeValuesWithoutNotMet_PointsAtOutcomeValues()
    {
        var text = Fixtures.Scoring.Edit("{ met: 1, partially-met: 0.5, not-met: 0 }", "{ met: 1, partially-met: 0.5 }");
        var d = Single(LoadWith("scoring.yaml", text), DiagnosticCodes.MissingKey);
        AssertAt(d, "scoring.yaml", text, "{ met: 1");
        Assert.Contains("not-met", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1e308")]
    public void InvalidValue_WeightNotAPositiveNumberUpTo1000_PointsAtWeight(string weight)
    {
        var text = Domain.Edit("        category: processes\n", $"        category: processes\n        weight: {weight}\n");
        Assert.NotEqual(Domain, text);
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.InvalidValue);
        AssertAt(d, "domain.yaml", text, $"weight: {weight}", "weight: ".Length);
    }

    [Fact]
    public void BandsShort_RatingsStopBelowTheTopScore_IsAWarningAtTheLastBand()
    {
        var text = Fixtures.Scoring.Edit("{ label: High, from: 50, to: 100 }", "{ label: High, from: 50, to: 99 }");
        var d = Single(LoadWith("scoring.yaml", text), DiagnosticCodes.BandsShort);
        Assert.Equal(InclusionStandards.Diagnostics.DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "scoring.yaml", text, "{ label: High");
    }

    [Fact]
    public void BandsShort_LevelsStopBelowTheTopOutcomeValue_IsAWarning()
    {
        var text = Fixtures.Scoring.Edit("{ score: 2, label: Good, from: 0.5, to: 1 }", "{ score: 2, label: Good, from: 0.5, to: 0.95 }");
        var d = Single(LoadWith("scoring.yaml", text), DiagnosticCodes.BandsShort);
        AssertAt(d, "scoring.yaml", text, "{ score: 2");
    }

    [Fact]
    public void BandGap_Ratings()
    {
        var text = Fixtures.Scoring.Edit("{ label: High, from: 50", "{ label: High, from: 60");
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.BandGap), "scoring.yaml", text, "{ label: High");
    }

    [Fact]
    public void BandOverlap_Levels()
    {
        var text = Fixtures.Scoring.Edit("label: Poor, from: 0, to: 0.5", "label: Poor, from: 0, to: 0.6");
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.BandOverlap), "scoring.yaml", text, "{ score: 2");
    }

    [Fact]
    public void EmptyBand_FromAboveTo()
    {
        var text = Fixtures.Scoring.Edit("{ label: Low, from: 0, to: 50 }", "{ label: Low, from: 50, to: 0 }");
        var result = LoadWith("scoring.yaml", text);
        AssertAt(Single(result, DiagnosticCodes.EmptyBand), "scoring.yaml", text, "{ label: Low");
    }

    [Fact]
    public void EmptyBand_LastBandSinglePoint_Accepted()
    {
        var text = Fixtures.Scoring.Edit("{ label: High, from: 50, to: 100 }", "{ label: High, from: 50, to: 100 }\n  - { label: Top, from: 100, to: 100 }");
        Assert.DoesNotContain(LoadWith("scoring.yaml", text).Diagnostics, d => d.Code.StartsWith("STD30", StringComparison.Ordinal));
    }

    [Fact]
    public void NoStandardsFiles_DirectoryWithOnlyTestsAndNotes_IsAnError()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "tests"));
            File.WriteAllText(Path.Combine(dir.FullName, "tests", "t.yaml"), "kind: rule-tests\nid: t\ntests: []\n");
            File.WriteAllText(Path.Combine(dir.FullName, "notes.md"), "not a standard");
            var result = StandardsLoader.LoadPaths([dir.FullName]);
            Assert.True(result.HasErrors);
            Assert.Equal(new InclusionStandards.Diagnostics.SourceLocation(dir.FullName, 1, 1), Single(result, DiagnosticCodes.NoStandardsFiles).Location); // every diagnostic is located: at the path
            Assert.Empty(result.Files);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void FileUnreadable_MissingPath_IsLocatedAtThePath()
    {
        var result = StandardsLoader.LoadPaths(["/nonexistent/standards-dir"]);
        Assert.Equal(new InclusionStandards.Diagnostics.SourceLocation("/nonexistent/standards-dir", 1, 1), Single(result, DiagnosticCodes.FileUnreadable).Location);
    }

    [Fact]
    public void MultipleDocuments_SecondMarked()
    {
        var text = Fixtures.Scoring + "\n---\nkind: scoring\n";
        AssertAt(Single(LoadWith("scoring.yaml", text), DiagnosticCodes.MultipleDocuments), "scoring.yaml", text, "---");
    }

    [Fact]
    public void TagIgnored_Warning()
    {
        var text = Fixtures.Scoring.Edit("title: CQC style", "title: !python/object CQC style");
        var result = LoadWith("scoring.yaml", text);
        var d = Single(result, DiagnosticCodes.TagIgnored);
        Assert.False(d.IsError);
        AssertAt(d, "scoring.yaml", text, "!python");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void YamlSyntax_UnclosedFlow()
    {
        var text = Fixtures.Scoring.Edit("outcomeValues: { met: 1,", "outcomeValues: { met: [1,");
        var d = Single(LoadWith("scoring.yaml", text), DiagnosticCodes.YamlSyntax);
        Assert.Equal("scoring.yaml", d.Location!.File);
        Assert.InRange(d.Location.Line, 9, 17);
    }

    [Fact]
    public void InvalidAtMost_NamesNoNumericSibling_IsAtTheValue()
    {
        var text = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      count: { type: int, atMost: votng }");
        Assert.NotEqual(Fixtures.Evidence, text);
        var d = Single(LoadWith("evidence.yaml", text), DiagnosticCodes.InvalidAtMost);
        AssertAt(d, "evidence.yaml", text, "votng");
    }

    [Fact]
    public void InvalidAtMost_OnAFieldThatIsNotANumber_SaysSo()
    {
        var text = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      label: { type: string, atMost: voting }");
        var d = Single(LoadWith("evidence.yaml", text), DiagnosticCodes.InvalidAtMost);
        Assert.Contains("not a number", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKey_AtMostWithoutAValue_IsReported()
    {
        var text = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      count: { type: int, atMost: ~ }");
        Assert.Contains(LoadWith("evidence.yaml", text).Diagnostics, d => d.Code == DiagnosticCodes.MissingKey);
    }

    [Fact]
    public void InvalidAtMost_APathThatDoesNotResolve_IsAtTheValue()
    {
        var text = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      count: { type: int, usuallyAtMost: headcont.all }");
        var d = Single(LoadWith("evidence.yaml", text), DiagnosticCodes.InvalidAtMost);
        AssertAt(d, "evidence.yaml", text, "headcont.all");
        Assert.Contains("path from the evidence root", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAtMost_StarWhereNoFieldHoldsTheRecord_IsReported()
    {
        var text = Fixtures.Evidence.Edit("headcount: { type: int, description: Staff. }", "headcount: { type: int, atMost: boardMembers.*, description: Staff. }");
        var d = Single(LoadWith("evidence.yaml", text), DiagnosticCodes.InvalidAtMost);
        AssertAt(d, "evidence.yaml", text, "boardMembers.*");
        Assert.Contains("'*'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAtMost_ShareOfNamingNoCount_IsReported()
    {
        var text = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      rate: { type: double, unit: percent, min: 0, max: 100, shareOf: votes }");
        var d = Single(LoadWith("evidence.yaml", text), DiagnosticCodes.InvalidAtMost);
        Assert.Contains("'shareOf' of 'rate'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAtMost_GroupWithoutAtMost_IsAllowedOnlyForSharesOfOneWhole()
    {
        var shares = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      a: { type: double, unit: percent, min: 0, max: 100, group: g }\n      b: { type: double, unit: percent, min: 0, max: 100, group: g }");
        Assert.DoesNotContain(LoadWith("evidence.yaml", shares).Diagnostics, d => d.Code == DiagnosticCodes.InvalidAtMost);

        var counts = Fixtures.Evidence.Edit("voting: { type: bool }", "voting: { type: bool }\n      a: { type: int, group: g }");
        Single(LoadWith("evidence.yaml", counts), DiagnosticCodes.InvalidAtMost);
    }
}
