using InclusionStandards.Testing;
using InclusionStandards.Loading;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

/// <summary>
/// Text that no standards or rule-test file should carry (control characters, bidi overrides, line separators) and
/// rule tests that cannot be checked as written: each is a located, coded diagnostic, never a silent accept.
/// </summary>
public class StandardsTextTests
{
    private static readonly string Scoring = File.ReadAllText(Path.Combine(TestCatalog.RepoRoot, "standards", "scoring", "cqc-style.yaml")).ReplaceLineEndings("\n");

    public static TheoryData<string> Controls() => ["\0", "\u0007", "\u001b[2J", "\u007f", "\u0085", "\u202e", "\u2066", "\u200f", "\u2028", "\u2029", "\ufffe", "\U000e0041"];

    [Theory]
    [MemberData(nameof(Controls))]
    public void ControlCharacter_InAStandardsFile_IsStd409AtItsPlace(string control)
    {
        var text = Scoring.Replace("\ntitle: ", "\ntitle: x" + control, StringComparison.Ordinal);
        Assert.NotEqual(Scoring, text);
        var line = text[..text.IndexOf(control, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var load = StandardsLoader.LoadText("s.yaml", text);

        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal(DiagnosticCodes.ControlCharacter, d.Code);
        Assert.Equal(line, d.Location!.Line);
        Assert.DoesNotContain(control, d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void JoinersAndOrdinaryUnicode_InAStandardsFile_AreText() =>
        Assert.DoesNotContain(StandardsLoader.LoadText("s.yaml", Scoring.Replace("\ntitle: ", "\ntitle: é \u200d ✓ ", StringComparison.Ordinal)).Diagnostics,
            d => d.Code == DiagnosticCodes.ControlCharacter);

    [Theory]
    [InlineData("lcf-member-edi-objective: maybe", "not an outcome")]
    [InlineData("\"lcf-member-edi-objective[bm-01\": met", "is not an id")]
    [InlineData("\"lcf-member-edi-objective[]\": met", "is not an id")]
    [InlineData("\"a[b[c]]\": met", "is not an id")]
    public void RuleTest_WithAnExpectationThatCannotBeChecked_IsInvalidValue(string expectation, string says)
    {
        var load = StandardsLoader.LoadText("t.yaml", $"kind: rule-tests\nid: t\ntests:\n- name: x\n  given: {{}}\n  expect:\n    {expectation}\n    eds-1a-score: met\n");

        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal(DiagnosticCodes.InvalidValue, d.Code);
        Assert.Equal(7, d.Location!.Line);
        Assert.Contains(says, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"a\\0b\"")]
    [InlineData("\"a\\nb\"")]
    public void RuleTest_WithABaseThatIsNoPath_IsInvalidValue(string path)
    {
        var load = StandardsLoader.LoadText("t.yaml", $"kind: rule-tests\nid: t\ntests:\n- name: x\n  base: {path}\n  expect: {{eds-1a-score: met}}\n");

        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal(DiagnosticCodes.InvalidValue, d.Code);
        Assert.Equal(5, d.Location!.Line);
    }

    [Fact]
    public void RuleTests_WithTheSameName_AreInvalidValue()
    {
        var load = StandardsLoader.LoadText("t.yaml", "kind: rule-tests\nid: t\ntests:\n- name: x\n  given: {}\n  expect: {eds-1a-score: met}\n- name: x\n  given: {}\n  expect: {eds-1a-score: met}\n");

        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal(DiagnosticCodes.InvalidValue, d.Code);
        Assert.Equal(7, d.Location!.Line);
    }

    [Theory]
    [InlineData("base: nowhere.yaml", "eds-1a-score", DiagnosticCodes.RuleTestCannotRun)]
    [InlineData("base: /dev/zero", "eds-1a-score", DiagnosticCodes.RuleTestCannotRun)]
    [InlineData("given: {organisation: 5}", "eds-1a-score", DiagnosticCodes.RuleTestCannotRun)]
    [InlineData("base: ../standards/examples/strong-acute-trust.yaml", "no-such-criterion", DiagnosticCodes.RuleTestUnknownTarget)]
    [InlineData("base: ../standards/examples/strong-acute-trust.yaml", "rating:no-such-scope", DiagnosticCodes.RuleTestUnknownTarget)]
    public void RuleTest_ThatCannotBeChecked_IsACodedFailure_NotAPlainOne(string source, string target, string code)
    {
        var file = Path.Combine(TestCatalog.RepoRoot, "tests", "t.yaml");
        var text = $"kind: rule-tests\nid: t\ntests:\n- name: x\n  {source}\n  expect: {{{target}: met}}\n";
        var load = StandardsLoader.LoadTexts([new(file, text)]);
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);

        var failed = Assert.Single(new RuleTestRunner(TestCatalog.Standards).Run(Assert.Single(load.RuleTests)));

        Assert.Equal(code, failed.Code);
        Assert.False(failed.Passed);
        Assert.StartsWith($"{file}:6:", failed.ToString(), StringComparison.Ordinal);
        Assert.Contains($": error {code}: test 'x'", failed.ToString(), StringComparison.Ordinal);
    }
}
