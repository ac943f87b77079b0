using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Loading;
using InclusionStandards.Model;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Hostile conditions and schema text (issue 24): regular expressions outside the linear-time subset, long chains,
/// deep parentheses, huge type nestings — each a diagnostic, never a crash or a hang.
/// </summary>
[Trait("Category", "Fuzz")]
public class HostileConditionTests
{
    public static TheoryData<string> Unsupported() =>
    [
        @"(a)\1", @"(?<n>a)\k<n>", "(?=a)a", "(?!a)b", "(?<=a)b", "(?<!a)b", "(?>a+)", "(?(a)a|b)", @"\Ga",
        "((a{1000}){1000}){1000}", ".{2147483647}", "a{99999999999999999999}", "(a{100}){200}", "[",
    ];

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Regex_OutsideTheSubset_HasAProblem_AndMatchesIsAnErrorValue(string pattern)
    {
        Assert.NotNull(RegexSubset.Problem(pattern));

        var c = CelEnvironment.Default.Compile($"'aaa'.matches('{pattern.Replace(@"\", @"\\", StringComparison.Ordinal)}')");

        Assert.True(c.Diagnostics.IsEmpty || c.Diagnostics.All(d => d.Location is not null));
        if (c.Condition is { } condition)
        {
            Assert.True(condition.Evaluate().IsError);
        }
    }

    [Theory]
    [InlineData("^[a-z]+(-[a-z]+)*$")]
    [InlineData("(a|b)*c")]
    [InlineData("a{1000}")]
    [InlineData(@"\d{3}-\d{4}")]
    public void Regex_InsideTheSubset_HasNoProblem(string pattern) => Assert.Null(RegexSubset.Problem(pattern));

    [Fact]
    public void RandomOperatorChains_AreParsedOrRefused_NeverCrash()
    {
        var random = new Random(18);
        string[] ops = ["&&", "||", "+", "-", "*", "==", "<"];
        for (var i = 0; i < FuzzSettings.Cases / 10; i++)
        {
            var terms = random.Next(1, 5_000);
            var op = ops[random.Next(ops.Length)];
            var text = string.Join($" {op} ", Enumerable.Repeat(op is "&&" or "||" ? "true" : "1", terms));
            var parens = random.Next(0, 40);
            text = new string('(', parens) + text + new string(')', parens);

            var r = CelEnvironment.Default.WithLimits(new CelLimits { MaxLength = int.MaxValue }).Compile(text);

            Assert.All(r.Diagnostics, d => Assert.StartsWith("CEL", d.Code, StringComparison.Ordinal));
            if (parens > CelLimits.Default.MaxDepth || terms > CelLimits.Default.MaxDepth * 8)
            {
                Assert.Contains(r.Diagnostics, d => d.Code == "CEL104");
            }
        }
    }

    [Theory]
    [InlineData("1e400 > 0.0")]
    [InlineData("-1e400 < 0.0")]
    [InlineData("99999999999999999999 > 0")]
    public void OutOfRangeLiterals_AreSyntaxErrors(string text) =>
        Assert.Contains(CelEnvironment.Default.Compile(text).Diagnostics, d => d.Code.StartsWith("CEL", StringComparison.Ordinal) && d.Location is not null);

    [Theory]
    [InlineData(9)]
    [InlineData(100_000)]
    public void DeeplyNestedFieldType_IsNotAType(int depth)
    {
        var text = string.Concat(Enumerable.Repeat("list<", depth)) + "int" + new string('>', depth);

        Assert.Null(TypeReference.TryParse(text));
        Assert.NotNull(TypeReference.TryParse(string.Concat(Enumerable.Repeat("list<", TypeReference.MaxNesting)) + "int" + new string('>', TypeReference.MaxNesting)));
    }

    [Fact]
    public void DidYouMean_ForAHugeWord_GivesNoSuggestion() =>
        Assert.Null(Levenshtein.Suggest(new string('x', 15_000_000), ["workforce", "boardMembers"]));
}
