using InclusionStandards.Loading;
using InclusionStandards.Model;
using static InclusionStandards.Tests.Loading.Fixtures;
using InclusionStandards.TestSupport;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

public class LoaderTests
{
    [Fact]
    public void LoadTexts_ValidCatalog_NoDiagnostics()
    {
        var result = StandardsLoader.LoadTexts(Valid());
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        Assert.Equal(4, result.Catalog.Standards.Length);
        var criterion = Assert.Single(result.Catalog.EnumerateCriteria());
        Assert.Equal("inc-c1", criterion.Criterion.Id);
        Assert.Equal(CriterionScopeKind.Statement, criterion.ScopeKind);
        Assert.Equal("inc-s1", criterion.ScopeId);
        Assert.Equal("member", criterion.Criterion.ForEach!.As);
    }

    [Fact]
    public void LoadTexts_Condition_LocatesFirstCharacterInsideQuotes()
    {
        var result = StandardsLoader.LoadTexts(Valid());
        var met = result.Catalog.EnumerateCriteria()[0].Criterion.Met;
        Assert.Equal(new InclusionStandards.Diagnostics.SourceLocation("domain.yaml", 22, 15), met.Location);
    }

    [Fact]
    public void LoadText_LiteralBlockCondition_MapsSecondLineToBlockColumn()
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", "met: |\n          size(member.objectives) > 0 &&\n            member.voting");
        var result = LoadWith("domain.yaml", text);
        var met = result.Catalog.EnumerateCriteria()[0].Criterion.Met;
        Assert.Equal(23, met.Location.Line);
        Assert.Equal(11, met.Location.Column);
        Assert.Equal(new InclusionStandards.Diagnostics.SourceLocation("domain.yaml", 24, 13), met.LocationAt(2, 3));
    }

    [Fact]
    public void ContentHash_CrlfAndBom_SameAsLf()
    {
        var lf = StandardsLoader.LoadText("s.yaml", Fixtures.Scoring).Catalog.Standards[0].ContentHash;
        var crlf = StandardsLoader.LoadText("s.yaml", "\uFEFF" + Fixtures.Scoring.Edit("\n", "\r\n")).Catalog.Standards[0].ContentHash;
        Assert.Equal(lf, crlf);
        Assert.Matches("^sha256:[0-9a-f]{64}$", lf);
    }

    [Fact]
    public void ContentHash_ChangedText_Differs()
    {
        var a = StandardsLoader.LoadTexts(Valid()).Catalog;
        var b = LoadWith("scoring.yaml", Fixtures.Scoring.Edit("title: CQC style", "title: CQC")).Catalog;
        Assert.NotEqual(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void LoadDirectory_SkipsTestsFolder_AndReadsRuleTestsWhenNamed()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            foreach (var (name, text) in Valid())
            {
                File.WriteAllText(Path.Combine(dir.FullName, name), text);
            }

            Directory.CreateDirectory(Path.Combine(dir.FullName, "tests"));
            var testFile = Path.Combine(dir.FullName, "tests", "t.yaml");
            File.WriteAllText(testFile, "kind: rule-tests\nid: t\ntests:\n  - name: one\n    given: { evidence: {} }\n    expect:\n      \"inc-c1[bm-01]\": met\n      \"rating:inclusive-domain\": Good\n");
            var all = StandardsLoader.LoadDirectory(dir.FullName);
            Assert.False(all.HasErrors, string.Join("\n", all.Diagnostics));
            Assert.Empty(all.RuleTests);
            var tests = StandardsLoader.LoadFile(testFile);
            var expect = tests.RuleTests.Single().Tests.Single().Expect;
            Assert.Equal(("inc-c1", "bm-01", "outcome"), (expect[0].Id, expect[0].ElementKey, expect[0].Aspect));
            Assert.Equal(("inclusive-domain", "rating"), (expect[1].Id, expect[1].Aspect));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
