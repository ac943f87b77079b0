using InclusionStandards.Assessments;
using System.Text;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// The hostile-evidence categories of the second probe (issue 24), as generators: every shape of deep nesting, every
/// control character, every invisible difference between keys, every tag, the parts of a total — each must end in a
/// located, coded diagnostic, never an exception, a hang or a silent accept. Case counts follow <see cref="FuzzSettings"/>.
/// </summary>
[Trait("Category", "Fuzz")]
public class HostileEvidenceTests
{
    private static readonly string Example = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml")).ReplaceLineEndings("\n");

    private static EvidenceReadResult Parse(string text) => TestCatalog.Standards.Evidence.Parse(text, "e.yaml");

    private static Diagnostic OnlyError(EvidenceReadResult read, string code)
    {
        Assert.False(read.Succeeded);
        var d = read.Diagnostics.First(x => x.IsError);
        Assert.Equal(code, d.Code);
        Assert.NotNull(d.Location);
        Assert.True(d.Location!.Line >= 1 && d.Location.Column >= 1);
        return d;
    }

    public static TheoryData<string, int> Nestings()
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in new[] { "flow-list", "flow-map", "json-object", "block-list", "block-map", "mixed" })
        {
            foreach (var depth in new[] { 33, 1_000, 100_000 })
            {
                data.Add(shape, depth);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Nestings))]
    public void DeepNesting_OfAnyShape_IsEvd107BeforeAnyTreeIsBuilt(string shape, int depth)
    {
        var text = shape switch
        {
            "flow-list" => new string('[', depth) + new string(']', depth),
            "flow-map" => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
            "json-object" => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
            "block-list" => string.Concat(Enumerable.Range(0, Math.Min(depth, 3_000)).Select(i => new string(' ', i * 2) + "-\n")),
            "block-map" => string.Concat(Enumerable.Range(0, Math.Min(depth, 3_000)).Select(i => new string(' ', i) + "a:\n")) + new string(' ', Math.Min(depth, 3_000)) + "1\n",
            _ => string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "[" : "{a: ")) + "1" + string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => i % 2 == 0 ? "]" : "}")),
        };

        OnlyError(Parse(text), DiagnosticCodes.EvidenceLimitExceeded);
    }

    [Fact]
    public void DeepNesting_InsideValidEvidence_IsLocatedWhereTheLimitIsCrossed()
    {
        var text = Example.Replace("evidence:\n", "evidence:\n  x: " + new string('[', 50_000) + new string(']', 50_000) + "\n", StringComparison.Ordinal);

        var d = OnlyError(Parse(text), DiagnosticCodes.EvidenceLimitExceeded);

        Assert.Equal(Example[..Example.IndexOf("evidence:\n", StringComparison.Ordinal)].Count(c => c == '\n') + 2, d.Location!.Line);
    }

    [Fact]
    public void RandomNestingAndAliases_NeverThrow_AndAreRefusedOrRead()
    {
        var random = new Random(24);
        for (var i = 0; i < FuzzSettings.Cases; i++)
        {
            var depth = random.Next(1, 200);
            var sb = new StringBuilder("a: &x [1]\nb: ");
            var closers = new Stack<char>();
            for (var d = 0; d < depth; d++)
            {
                var list = random.Next(2) == 0;
                sb.Append(list ? "[" : "{k: ");
                closers.Push(list ? ']' : '}');
            }

            sb.Append(random.Next(3) == 0 ? "*x" : "1");
            sb.Append(string.Concat(closers));
            var read = Parse(sb.ToString()); // not evidence, so always refused: never an exception
            Assert.False(read.Succeeded);
            Assert.All(read.Diagnostics, d => Assert.NotNull(d.Location));
            Assert.Equal(depth + 1 > EvidenceLimits.Default.MaxDepth, read.Diagnostics.Any(d => d.Code == DiagnosticCodes.EvidenceLimitExceeded));
        }
    }

    public static TheoryData<int> ControlCharacters()
    {
        var data = new TheoryData<int>();
        foreach (var c in Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Append(0x7F).Concat(Enumerable.Range(0x80, 32)))
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void ControlCharacter_RawOrEscaped_IsEvd118AtIt(int code)
    {
        var raw = Example.Replace("(fictional)", $"(fictional){(char)code}x", StringComparison.Ordinal);
        var escaped = Example.Replace("name: Northvale Hospitals NHS Foundation Trust (fictional)", $"name: \"Northvale\\u{code:X4}\"", StringComparison.Ordinal);
        Assert.NotEqual(Example, raw);
        Assert.NotEqual(Example, escaped);

        var d = OnlyError(Parse(raw), DiagnosticCodes.EvidenceControlCharacter);
        Assert.Equal(3, d.Location!.Line);
        Assert.Equal(DiagnosticCodes.EvidenceControlCharacter, OnlyError(Parse(escaped), DiagnosticCodes.EvidenceControlCharacter).Code);
        Assert.DoesNotContain((char)code, d.ToString());
    }

    public static TheoryData<string> InvisibleDifferences() => ["bm-01 ", " bm-01", "bm-01\u200B", "\u200Dbm-01", "bm-01\uFEFF", "bm-01\u00AD", "bm-01\u2060", "bm-01\t"];

    [Theory]
    [MemberData(nameof(InvisibleDifferences))]
    public void ElementKeys_DifferingOnlyInvisibly_AreEvd114(string key)
    {
        var text = Example.Replace("  - id: bm-02", $"  - id: \"{key.Replace("\t", "\\t", StringComparison.Ordinal)}\"", StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceDuplicateElementKey);
    }

    [Theory]
    [InlineData("name ")]
    [InlineData("name\u200B")]
    public void MappingKeys_DifferingOnlyInvisibly_AreEvd108(string key)
    {
        var text = Example.Replace("organisation: {odsCode: RZZ01,", $"organisation: {{odsCode: RZZ01, \"{key}\": x,", StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceDuplicateKey);
    }

    [Theory]
    [InlineData("#1")]
    [InlineData("#2")]
    [InlineData(" #7")]
    public void ElementKey_OfThePositionalForm_IsRefused(string key)
    {
        var text = Example.Replace("  - id: bm-01", $"  - id: '{key}'", StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceDuplicateElementKey);
    }

    [Theory]
    [InlineData("!foo 5000")]
    [InlineData("!!binary NTAwMA==")]
    [InlineData("!!python/object:os.system 5000")]
    [InlineData("!<tag:example.com,2000:x> 5000")]
    [InlineData("!!int 5000")]
    [InlineData("!!str 5000")]
    public void Tags_OnANumber_AreRefused(string value)
    {
        var text = Example.Replace("headcount: 5000", $"headcount: {value}", StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceWrongType);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u200D ")]
    [InlineData("\uFEFF")]
    public void InvisibleOrganisationName_IsMissing(string name)
    {
        var text = Example.Replace("name: Northvale Hospitals NHS Foundation Trust (fictional)", $"name: \"{name}\"", StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceMissing);
    }

    [Theory]
    [InlineData("bme: 1250, white: 3600", "bme: 4000, white: 3600")]
    [InlineData("disabled: 400, nonDisabled: 4200", "disabled: 900, nonDisabled: 4200")]
    public void PartsOfABreakdown_SummingPastTheTotal_AreEvd116(string from, string to)
    {
        var text = Example.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        var d = OnlyError(Parse(text), DiagnosticCodes.EvidenceAboveSibling);
        Assert.Contains("breakdown", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("headcount: 5000", "headcount: 9223372036854775807")]
    [InlineData("headcount: 5000", "headcount: 99999999999999999999")]
    public void ImplausibleCounts_AreRefused(string from, string to)
    {
        var text = Example.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        Assert.Contains(Parse(text).Diagnostics, d => d.Code is DiagnosticCodes.EvidenceOutOfRange or DiagnosticCodes.EvidenceWrongType);
    }

    [Fact]
    public void SameOrganisationAndPeriodTwice_InABatch_IsEvd119AndEvaluatedOnce()
    {
        var read = Parse(Example);
        var copy = TestCatalog.Standards.Evidence.Parse(Example, "copy.yaml");

        var results = new BatchEvaluator(TestCatalog.Standards).Evaluate(BatchEvaluator.RefuseDuplicates([read, copy]), null).ToList();

        Assert.NotNull(results[0].Assessment);
        Assert.Null(results[1].Assessment);
        var d = Assert.Single(results[1].Diagnostics, x => x.IsError);
        Assert.Equal(DiagnosticCodes.EvidenceDuplicateOrganisationPeriod, d.Code);
        Assert.Equal("copy.yaml", d.Location!.File);
    }

    [Fact]
    public void HugeUnknownKey_IsReportedWithoutComparingItToEveryName()
    {
        // An explicit key (? …): YAML limits implicit keys to 1,024 characters.
        var text = Example.Replace("evidence:\n", "evidence:\n  ? \"" + new string('k', EvidenceLimits.Default.MaxValueLength) + "\"\n  : 1\n", StringComparison.Ordinal);

        var d = OnlyError(Parse(text), DiagnosticCodes.EvidenceUnknownField);
        Assert.DoesNotContain("Did you mean", d.Message, StringComparison.Ordinal);
        Assert.True(d.ToString().Length < Diagnostic.MaxPrintedMessage + 200);
    }

    [Fact]
    public void Diagnostics_EscapeEveryControlCharacter_SoOneDiagnosticIsOneLine()
    {
        var random = new Random(7);
        for (var i = 0; i < FuzzSettings.Cases; i++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0x300)).ToArray();
            var text = new string(chars);
            var d = Diagnostic.Error("EVD101", $"unknown '{text}'", new SourceLocation("f\n" + text, 1, 1));

            var printed = d.ToString();

            Assert.DoesNotContain(printed, c => c < ' ' || c is >= '\u007F' and <= '\u009F');
        }
    }

    public static TheoryData<string, string> LayoutControls()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u2028", "\u2029", "\ufff9", "\ufffe", "\U000e0041", "\U000e007f" })
        {
            foreach (var place in new[] { "name", "odsCode", "key" })
            {
                data.Add(c, place);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutControls))]
    public void LayoutControl_RawOrEscaped_AnywhereInTheText_IsEvd118(string control, string place)
    {
        foreach (var written in new[] { control, string.Concat(control.EnumerateRunes().Select(r => r.Value > 0xFFFF ? $"\\U{r.Value:X8}" : $"\\u{r.Value:X4}")) })
        {
            var text = place switch
            {
                "name" => Example.Replace("name: Northvale", $"name: \"Northvale{written}\", formerName: Northvale", StringComparison.Ordinal),
                "odsCode" => Example.Replace("odsCode: RZZ01", $"odsCode: \"RZZ01{written}\"", StringComparison.Ordinal),
                _ => Example.Replace("evidence:\n", $"evidence:\n  \"zz{written}\": 1\n", StringComparison.Ordinal),
            };
            Assert.NotEqual(Example, text);

            var d = OnlyError(Parse(text), DiagnosticCodes.EvidenceControlCharacter);
            Assert.DoesNotContain(control, d.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("headcount: !!map 7")]
    [InlineData("headcount: !!seq 7")]
    [InlineData("headcount: !!float 7")]
    [InlineData("headcount: !!null 7")]
    [InlineData("headcount: !!timestamp 7")]
    public void Tag_ThatIsNotTheNodesOwn_IsEvd102(string value)
    {
        var text = Example.Replace("headcount: 5000", value, StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceWrongType);
    }

    [Fact]
    public void Tag_OnAMappingOrAList_OtherThanItsOwn_IsEvd102()
    {
        OnlyError(Parse(Example.Replace("    senior: {", "    senior: !!str {", StringComparison.Ordinal)), DiagnosticCodes.EvidenceWrongType);
        OnlyError(Parse(Example.Replace("    senior: {", "    senior: !!set {", StringComparison.Ordinal)), DiagnosticCodes.EvidenceWrongType);
        Assert.True(Parse(Example.Replace("    senior: {", "    senior: !!map {", StringComparison.Ordinal)).Succeeded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(3_000_000)]
    public void Value_LongerThanTheLimit_IsEvd107(int over)
    {
        var text = Example.Replace("region: North West", "region: \"" + new string('é', EvidenceLimits.Default.MaxValueLength + over) + "\"", StringComparison.Ordinal);

        var d = OnlyError(Parse(text), DiagnosticCodes.EvidenceLimitExceeded);
        Assert.Equal(3, d.Location!.Line);
    }

    public static TheoryData<string, string, string> NotJson() => new()
    {
        { "trailing comma", "\"x\":1}", "\"x\":1,}" },
        { "comment", "{\"organisation\"", "// c\n{\"organisation\"" },
        { "single quotes", "\"RZZ01\"", "'RZZ01'" },
        { "raw tab in a string", "\"RZZ01\"", "\"RZ\tZ01\"" },
        { "NaN", "\"x\":1}", "\"x\":NaN}" },
        { "unquoted key", "\"x\":1}", "x:1}" },
        { "YAML", "{\"organisation\"", "organisation: x\n{\"organisation\"" },
    };

    [Theory]
    [MemberData(nameof(NotJson))]
    public void JsonEvidence_ThatIsNotJson_IsEvd100_ThoughYamlWouldReadIt(string what, string from, string to)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { organisation = new { odsCode = "RZZ01", name = "N", type = "acute-trust" }, period = new { start = "2023-04-01", end = "2024-03-31" }, x = 1 });
        var text = json.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(json, text);

        var d = OnlyError(TestCatalog.Standards.Evidence.Parse(text, "e.json"), DiagnosticCodes.EvidenceUnreadable);
        Assert.Contains("JSON", d.Message, StringComparison.Ordinal);
        _ = what;
    }

    [Theory]
    [InlineData(33)]
    [InlineData(1_000_000)]
    public void JsonEvidence_NestedTooDeep_IsEvd107WhereTheLimitIsCrossed(int depth)
    {
        var text = "{\"organisation\": " + string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)) + "}";

        var d = OnlyError(TestCatalog.Standards.Evidence.Parse(text, "e.json"), DiagnosticCodes.EvidenceLimitExceeded);
        Assert.Equal(1, d.Location!.Line);
        Assert.Equal(18 + EvidenceLimits.Default.MaxDepth - 1, d.Location.Column);
    }

    [Theory]
    [InlineData("assessmentDate: '2024-06-30'", "assessmentDate: '9999-12-31'")]
    [InlineData("assessmentDate: '2024-06-30'", "assessmentDate: '1899-12-31'")]
    [InlineData("start: '2023-04-01'", "start: '0001-01-01'")]
    public void Date_OutsideTheSupportedYears_IsEvd105(string from, string to)
    {
        var text = Example.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        OnlyError(Parse(text), DiagnosticCodes.EvidenceBadDate);
    }

    [Theory]
    [InlineData("bm-02\u00AD")]
    [InlineData("bm\u200B-02")]
    [InlineData("bm-02\u180E")]
    [InlineData("\u2060bm-02")]
    public void ElementId_HoldingAnInvisibleCharacter_IsEvd118(string id)
    {
        var text = Example.Replace("  - id: bm-02", $"  - id: \"{id}\"", StringComparison.Ordinal);
        Assert.NotEqual(Example, text);

        var d = OnlyError(Parse(text), DiagnosticCodes.EvidenceControlCharacter);
        Assert.Contains("invisible", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoByteOrderMarks_AreNotUtf8Evidence()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Example)]);
        try
        {
            var d = OnlyError(TestCatalog.Standards.Evidence.ReadFile(path), DiagnosticCodes.EvidenceUnreadable);
            Assert.Contains("two byte-order marks", d.Message, StringComparison.Ordinal);
            Assert.True(TestCatalog.Standards.Evidence.Parse("\uFEFF" + Example, "e.yaml").Succeeded);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
