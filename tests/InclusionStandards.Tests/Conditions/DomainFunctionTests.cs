using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>The domain functions documented in docs/conditions.md, with the examples given there.</summary>
public class DomainFunctionTests
{
    [Theory]
    [InlineData("relativeLikelihood(30, 100, 20, 100)", "1.5")]
    [InlineData("relativeLikelihood(0.5, 1.0, 0.25, 1.0)", "2")]
    [InlineData("ppGap(30, 100, 20, 100)", "10")]
    [InlineData("ppGap(42.5, 40.0)", "2.5")]
    [InlineData("percent(1, 4)", "25")]
    [InlineData("proportion(1, 4)", "0.25")]
    [InlineData("withinBand(1.1, 0.8, 1.25)", "true")]
    [InlineData("withinBand(1.3, 0.8, 1.25)", "false")]
    [InlineData("withinBand(5, 1, 10)", "true")]
    [InlineData("round(1.23456, 2)", "1.23")]
    [InlineData("round(2.5, 0)", "3")]
    [InlineData("abs(-3)", "3")]
    [InlineData("abs(-2.5)", "2.5")]
    [InlineData("round(wilsonHigh(0.0, 64), 1)", "5.7")]
    [InlineData("round(wilsonLow(0.0, 64), 1)", "0")]
    [InlineData("round(wilsonLow(50.0, 100), 2)", "40.38")]
    [InlineData("round(wilsonHigh(50.0, 100), 2)", "59.62")]
    [InlineData("round(wilsonHigh(100.0, 10), 1)", "100")]
    [InlineData("surveyRate(5.2, 2380, 100)", "5.2")]
    [InlineData("surveyRate(5.2, 100, 100)", "5.2")]
    public void DomainFunction_Example_GivesDocumentedValue(string expression, string expected)
    {
        Assert.Equal(expected, Evaluate(expression).ToString());
    }

    [Theory]
    [InlineData("relativeLikelihood(1, 10, 0, 10)", "relativeLikelihood: the comparison group's proportion is zero")]
    [InlineData("relativeLikelihood(1, 0, 1, 10)", "relativeLikelihood: a denominator is zero")]
    [InlineData("percent(1, 0)", "percent: the denominator is zero")]
    [InlineData("proportion(1, 0)", "proportion: the denominator is zero")]
    [InlineData("withinBand(1.0, 2.0, 1.0)", "withinBand: the band [2, 1] is empty")]
    [InlineData("round(1.0, 11)", "round: digits must be between 0 and 10")]
    [InlineData("surveyRate(0.0, 64, 100)", "low confidence: the rate of 0% rests on 64 respondents, fewer than the minimum of 100; its 95% interval is 0% to 5.7%")]
    [InlineData("wilsonHigh(5.0, 0)", "wilson interval: the base must be at least one respondent")]
    [InlineData("wilsonLow(150.0, 10)", "wilson interval: the rate must be a percentage between 0 and 100")]
    [InlineData("abs(-9223372036854775808)", "Negating the minimum value of a twos complement number is invalid.")]
    public void DomainFunction_InvalidInput_IsAnErrorValue(string expression, string message)
    {
        Assert.Equal(ConditionResult.Error(message), Evaluate(expression));
    }

    [Fact]
    public void DomainFunctions_AreRegisteredThroughTheFunctionRegistry()
    {
        var names = CelEnvironment.Default.Functions.Select(f => f.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "relativeLikelihood", "ppGap", "withinBand", "percent", "proportion", "round", "abs" }, names);
        Assert.Contains("relativeLikelihood(int, int, int, int) -> double", DomainFunctions.All.Select(f => f.ToString()));
    }

    private static ConditionResult Evaluate(string expression)
    {
        var r = CelEnvironment.Default.Compile(expression);
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        return r.Condition!.Evaluate();
    }
}
