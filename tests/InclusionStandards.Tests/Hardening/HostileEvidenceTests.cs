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
        var text = Example.Replace("evidence:\n", "evidence:\n  ? \"" + new string('k', 2_000_000) + "\"\n  : 1\n", StringComparison.Ordinal);

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
}
