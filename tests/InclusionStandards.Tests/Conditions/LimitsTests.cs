using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>Limits keep compilation and evaluation bounded; exceeding one is a diagnostic or an error value.</summary>
public class LimitsTests
{
    [Fact]
    public void Compile_TooLong_ReportsCel104()
    {
        var env = CelEnvironment.Default.WithLimits(new CelLimits { MaxLength = 10 });

        var d = Assert.Single(env.Compile("1 + 2 + 3 + 4").Diagnostics);

        Assert.Equal("CEL104", d.Code);
        Assert.Equal("the expression is 13 characters long; the limit is 10", d.Message);
        Assert.Equal("  | 1 + 2 + 3 + 4\n  | ^", d.Detail);
    }

    [Fact]
    public void Compile_TooDeep_ReportsCel104AtTheDeepestLevel()
    {
        var env = CelEnvironment.Default.WithLimits(new CelLimits { MaxDepth = 3 });

        var d = Assert.Single(env.Compile("((((1))))").Diagnostics);

        Assert.Equal("CEL104", d.Code);
        Assert.Equal("the expression is nested more than 3 levels deep", d.Message);
        Assert.Equal(5, d.Location!.Column); // the fourth parenthesis opens level 4
        Assert.Equal("  | ((((1))))\n  |     ^", d.Detail);
    }

    [Fact]
    public void Compile_ThirtyTwoNestedParentheses_Parse()
    {
        // CEL's language definition asks implementations to support at least 32 levels of nested parentheses.
        var text = new string('(', 32) + "1" + new string(')', 32) + " == 1";

        var r = CelEnvironment.Default.Compile(text);

        Assert.Empty(r.Diagnostics);
        Assert.True(r.Condition!.Evaluate().IsTrue);
        Assert.Equal("CEL104", Assert.Single(CelEnvironment.Default.Compile("(" + text + ")").Diagnostics).Code);
    }

    [Theory]
    [InlineData(20_000, "&&")]
    [InlineData(300_000, "||")]
    public void Compile_LongChainOfOperators_IsALimitDiagnosticNotACrash(int terms, string op)
    {
        var text = string.Join($" {op} ", Enumerable.Repeat("true", terms));

        var d = Assert.Single(CelEnvironment.Default.WithLimits(new CelLimits { MaxLength = int.MaxValue }).Compile(text).Diagnostics);

        Assert.Equal("CEL104", d.Code);
        Assert.Contains("operations in a row", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_DeeplyNestedDefaultLimit_IsADiagnosticNotAStackOverflow()
    {
        var text = new string('(', 5000) + "1" + new string(')', 5000);

        var r = CelEnvironment.Default.WithLimits(new CelLimits { MaxLength = 20000 }).Compile(text);

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("CEL104", d.Code);
        Assert.Equal("the expression is nested more than 32 levels deep", d.Message);
        Assert.Equal("  | " + text + "\n  | " + new string(' ', 33) + "^", d.Detail);
    }

    [Fact]
    public void Evaluate_ComprehensionIterationsOverLimit_IsAnErrorValue()
    {
        var env = CelEnvironment.Default.WithLimits(new CelLimits { MaxIterations = 50 });
        var c = env.Compile("[1,2,3,4,5,6,7,8,9,10].all(x, [1,2,3,4,5,6,7,8,9,10].all(y, x * y > 0))").Condition!;

        var r = c.Evaluate();

        Assert.True(r.IsError);
        Assert.Equal("the evaluation exceeded the limit of 50 comprehension iterations", r.ErrorMessage);
    }

    [Fact]
    public void Evaluate_IterationsWithinLimit_Succeeds()
    {
        var env = CelEnvironment.Default.WithLimits(new CelLimits { MaxIterations = 110 });

        Assert.True(env.Compile("[1,2,3,4,5,6,7,8,9,10].all(x, [1,2,3,4,5,6,7,8,9,10].all(y, x * y > 0))").Condition!.Evaluate().IsTrue);
    }

    [Fact]
    public void Matches_CatastrophicBacktrackingPattern_CompletesQuickly()
    {
        var c = CelEnvironment.Default.Compile("(s * 2).matches('^(a+)+$')").Condition;
        var env = CelEnvironment.Default.WithVariable("s", CelType.String);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var r = env.Compile("s.matches('^(a+)+$')").Condition!.Evaluate(new string('a', 5000) + "!");

        Assert.Null(c);
        Assert.Equal(ConditionResult.False, r);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
