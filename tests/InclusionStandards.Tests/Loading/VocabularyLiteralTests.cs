using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;
using static InclusionStandards.Tests.Loading.Fixtures;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Loading;

/// <summary>STD405: a string compared with a closed set of values it is not in.</summary>
public class VocabularyLiteralTests
{
    private static string DomainWith(string met)
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", $"met: \"{met}\"");
        Assert.NotEqual(Domain, text);
        return text;
    }

    [Fact]
    public void ValueOutsideVocabulary_RootFieldComparedWithAnUnknownTerm_IsAnErrorAtTheLiteral()
    {
        var text = DomainWith("organisation.type == 'acute-trst'");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ValueOutsideVocabulary);
        Assert.True(d.IsError);
        AssertAt(d, "domain.yaml", text, "'acute-trst'");
        Assert.Contains("organisation-types", d.Message, StringComparison.Ordinal);
        Assert.Contains("'acute-trust'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueOutsideVocabulary_OutcomeComparedWithATypo_IsAnError()
    {
        var text = DomainWith("outcome('inc-c0') in ['met', 'partialy-met']");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ValueOutsideVocabulary);
        AssertAt(d, "domain.yaml", text, "'partialy-met'");
    }

    [Fact]
    public void ValueOutsideVocabulary_ElementOfAListWithAllowedValues_InsideAMacro_IsAnError()
    {
        var at = Fixtures.Evidence.IndexOf("objectives: { type: list<string> }", StringComparison.Ordinal); // BoardMember's
        var evidence = Fixtures.Evidence[..at] + "objectives: { type: list<string>, allowed: [edi, finance] }" + Fixtures.Evidence[(at + "objectives: { type: list<string> }".Length)..];
        Assert.NotEqual(Fixtures.Evidence, evidence);
        var files = Valid();
        files["evidence.yaml"] = evidence;
        files["domain.yaml"] = DomainWith("member.objectives.exists(o, o == 'equality') || 'finanse' in member.objectives");
        var result = InclusionStandards.Validation.StandardsLoader.LoadTexts(files);
        var found = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ValueOutsideVocabulary).ToList();
        Assert.Equal(2, found.Count);
        AssertAt(found.Single(d => d.Message.Contains("'equality'", StringComparison.Ordinal)), "domain.yaml", files["domain.yaml"], "'equality'");
        Assert.Contains("Did you mean 'finance'", found.Single(d => d.Message.Contains("'finanse'", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedValuesAndOpenFields_AreNotReported()
    {
        var result = LoadWith("domain.yaml", DomainWith("organisation.type == 'acute-trust' && organisation.name == 'anything' && outcome('inc-c0') != 'not-met'"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ValueOutsideVocabulary);
    }

    [Fact]
    public void ValueOutsideVocabulary_OutcomeComparedWithInsufficientEvidence_SaysItCanNeverBe()
    {
        var text = DomainWith("outcome('inc-c0') == 'insufficient-evidence'");
        var d = Single(LoadWith("domain.yaml", text), DiagnosticCodes.ValueOutsideVocabulary);
        Assert.Contains("never 'insufficient-evidence'", d.Message, StringComparison.Ordinal);
        AssertAt(d, "domain.yaml", text, "'insufficient-evidence'");
    }

    [Fact]
    public void ValueOutsideVocabulary_BandedIndicatorComparedWithPartiallyMet_IsAnError()
    {
        var files = Valid();
        files["indicators.yaml"] = "kind: indicators\nid: wres\nversion: 0.1.0\ntitle: W\nstatus: draft\nsources:\n  - { id: s, document: D, publisher: P, year: 2020 }\n"
            + "indicators:\n  - { id: wres-2, title: T, unit: ratio, value: \"1.0\", band: { from: 0.8, to: 1.25 }, adverse: above, sources: [ { ref: s, section: A } ] }\n";
        files["domain.yaml"] = DomainWith("outcome('wres-2') == 'partially-met'");
        var d = Single(InclusionStandards.Validation.StandardsLoader.LoadTexts(files), DiagnosticCodes.ValueOutsideVocabulary);
        Assert.Contains("banded indicator", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueOutsideVocabulary_ConditionAfterAnAnchor_IsAtTheLiteral()
    {
        var text = Domain.Edit("met: \"size(member.objectives) > 0\"", "met: &c1 \"organisation.type == 'acute-trst'\"");
        Assert.NotEqual(Domain, text);
        AssertAt(Single(LoadWith("domain.yaml", text), DiagnosticCodes.ValueOutsideVocabulary), "domain.yaml", text, "'acute-trst'");
    }

    [Theory]
    [InlineData("member.objectives[0] == 'equality'")]
    [InlineData("'equality' in member.objectives.map(o, o)")]
    [InlineData("boardMembers.map(m, m.objectives[0]).exists(o, o == 'equality')")]
    [InlineData("member.objectives == ['edi', 'equality']")]
    [InlineData("(member.voting ? member.objectives[0] : 'edi') == 'equality'")]
    [InlineData("member.objectives[0] == (member.voting ? 'edi' : 'equality')")]
    public void ValueOutsideVocabulary_ThroughIndexOrMap_IsAnError(string met)
    {
        var at = Fixtures.Evidence.IndexOf("objectives: { type: list<string> }", StringComparison.Ordinal);
        var files = Valid();
        files["evidence.yaml"] = Fixtures.Evidence[..at] + "objectives: { type: list<string>, allowed: [edi, finance] }" + Fixtures.Evidence[(at + "objectives: { type: list<string> }".Length)..];
        files["domain.yaml"] = DomainWith(met);
        var d = Single(InclusionStandards.Validation.StandardsLoader.LoadTexts(files), DiagnosticCodes.ValueOutsideVocabulary);
        AssertAt(d, "domain.yaml", files["domain.yaml"], "'equality'");
    }
}
