using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Standards that used to be accepted silently or crash (issue 24): operations on constants that always fail, regular
/// expressions outside the linear-time subset, limiter numbers that overflow or are not ASCII, chains past the limits,
/// an empty rule-test expectation. Each must be a located, coded diagnostic when the shipped standards are edited so.
/// </summary>
public class HostileStandardsTests
{
    private const string File = "domains/eds-2022.yaml";
    private const string Met = "met: \"eds.outcome1a >= 2\"";

    private static LoadResult LoadWith(string file, string from, string to)
    {
        var files = HardeningData.StandardsFiles.Where(f => !f.Name.StartsWith("tests/", StringComparison.Ordinal)).ToList();
        var i = files.FindIndex(f => f.Name == file);
        Assert.Contains(from, files[i].Text, StringComparison.Ordinal); // the edit must apply
        files[i] = (file, files[i].Text.Replace(from, to, StringComparison.Ordinal));
        return StandardsLoader.LoadTexts(files.Select(f => new KeyValuePair<string, string>(f.Name, f.Text)));
    }

    private static void AssertError(LoadResult load, string code)
    {
        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal(code, d.Code);
        Assert.NotNull(d.Location);
    }

    [Theory]
    [InlineData("1 / 0 == 1")]
    [InlineData("5 % 0 == 0")]
    [InlineData("9223372036854775807 + 1 > 0")]
    [InlineData("-9223372036854775808 - 1 < 0")]
    [InlineData("3037000500 * 3037000500 > 0")]
    [InlineData("{'a': 1, 'a': 2}['a'] == 1")]
    [InlineData("string(b'\\\\xff') == 'x'")] // YAML turns \\ into \, so the condition reads string(b'\xff')
    public void OperationsOnConstantsThatAlwaysFail_AreStd403(string expression) =>
        AssertError(LoadWith(File, Met, $"met: \"eds.outcome1a >= 2 && ({expression})\""), "STD403");

    [Theory]
    [InlineData(@"(a)\\1")]
    [InlineData("(?=a)a")]
    [InlineData("(?>a+)")]
    [InlineData("((a{1000}){1000}){1000}")]
    [InlineData(".{2147483647}")]
    public void RegexOutsideTheSubset_IsStd403AtLoad(string pattern) =>
        AssertError(LoadWith(File, Met, $"met: \"eds.outcome1a >= 2 && organisation.name.matches(r'{pattern}')\""), "STD403");

    [Theory]
    [InlineData("countLevelAtMost(1) >= 99999999999")]
    [InlineData("countLevelAtMost(\u0661) >= 2")]
    [InlineData("anyLevelAtMost(12345678901234567890)")]
    public void LimiterNumbers_OutOfRangeOrNotAscii_AreStd402(string when) =>
        AssertError(LoadWith("scoring/cqc-style.yaml", "when: \"anyLevelAtMost(1)\"", $"when: \"{when}\""), "STD402");

    [Fact]
    public void LongChain_IsALimitDiagnostic_NotACrash() =>
        AssertError(LoadWith(File, Met, "met: \"" + string.Join(" && ", Enumerable.Repeat("eds.outcome1a >= 2", 20_000)) + "\""), "STD400");

    [Fact]
    public void ThirtyTwoNestedParentheses_Load() =>
        Assert.False(LoadWith(File, Met, "met: \"" + new string('(', 32) + "eds.outcome1a >= 2" + new string(')', 32) + "\"").HasErrors);

    [Fact]
    public void DeeplyNestedSchemaType_IsStd108() =>
        Assert.Contains(LoadWith("evidence/evidence.yaml", "boardMembers: { type: list<BoardMember>", "boardMembers: { type: " + string.Concat(Enumerable.Repeat("list<", 100_000)) + "BoardMember" + new string('>', 100_000)).Diagnostics,
            d => d.Code == "STD108" && d.Location is not null);

    [Fact]
    public void RuleTest_WithAnEmptyExpect_IsStd102()
    {
        var load = StandardsLoader.LoadText("t.yaml", "kind: rule-tests\nid: t\ntests:\n- name: x\n  given: {}\n  expect: {}\n");

        var d = Assert.Single(load.Diagnostics, x => x.IsError);
        Assert.Equal("STD102", d.Code);
        Assert.Equal(6, d.Location!.Line);
    }

    [Theory]
    [InlineData("int('99999999999999999999') > 0")]
    [InlineData("int(1e300) > 0")]
    [InlineData("uint(-1) > 0u")]
    [InlineData("uint('-1') > 0u")]
    [InlineData("int(18446744073709551615u) > 0")]
    [InlineData("double('x') > 0.0")]
    public void ConversionsOfConstantsThatAlwaysFail_AreStd403(string expression) =>
        AssertError(LoadWith(File, Met, $"met: \"eds.outcome1a >= 2 && ({expression})\""), "STD403");

    [Theory]
    [InlineData("met: \"\"")]
    [InlineData("met: \"   \"")]
    [InlineData("met: ''")]
    public void EmptyCondition_IsStd102_NotACriterionWithoutOne(string met) =>
        AssertError(LoadWith(File, Met, met), "STD102");

    [Theory]
    [InlineData("99999999999999999999.0.0")]
    [InlineData("1.0.1234567890")]
    [InlineData("\u0661.0.0")]
    public void Version_ThatOverflowsOrIsNotAscii_IsStd106(string version)
    {
        var load = LoadWith("domains/eds-2022.yaml", "\nversion: ", $"\nversion: \"{version}\"\nx-old-version: ");
        Assert.Contains(load.Diagnostics, d => d.IsError && d.Code == InclusionStandards.Diagnostics.DiagnosticCodes.InvalidVersion && d.Location is not null);
    }

    [Theory]
    [InlineData("!!binary aGVsbG8=")]
    [InlineData("!!int 5")]
    [InlineData("!local x")]
    public void Tags_OtherThanTheNodesOwn_AreWarned(string value)
    {
        var load = LoadWith("domains/eds-2022.yaml", "\ntitle: ", $"\ntitle: {value}\nx-old-title: ");
        Assert.Contains(load.Diagnostics, d => d.Code == InclusionStandards.Diagnostics.DiagnosticCodes.TagIgnored && d.Location is not null);
    }

    [Fact]
    public void MappingWithManyKeys_LoadsInLinearTime_AndDuplicatesAreStillFound()
    {
        var keys = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"  k{i}: {i}\n"));
        var load = StandardsLoader.LoadText("t.yaml", "kind: rule-tests\nid: t\nx:\n" + keys + "  k7: again\ntests: []\n");

        Assert.Contains(load.Diagnostics, d => d.Code == InclusionStandards.Diagnostics.DiagnosticCodes.DuplicateKey && d.Location!.Line == 40_004);
    }
}
