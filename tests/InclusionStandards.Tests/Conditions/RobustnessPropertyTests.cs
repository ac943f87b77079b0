using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>Property: for any token soup, compiling never throws, and evaluating whatever compiles never throws.</summary>
public class RobustnessPropertyTests
{
    private static readonly string[] Tokens =
    [
        "1", "0", "-1", "2u", "1.5", "0.0", "'a'", "''", "b'x'", "true", "false", "null", "n", "s", "xs", "m",
        "+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||", "!", "?", ":", "(", ")", "[", "]", "{", "}", ",", ".",
        "size", "all", "exists", "exists_one", "map", "filter", "has", "in", "e", "int", "uint", "double", "string",
        "bytes", "bool", "timestamp", "duration", "dyn", "type", "'2020-01-01T00:00:00Z'", "'1s'", "matches", "'^a+$'",
        "contains", "startsWith", "getFullYear", "percent", "relativeLikelihood", "withinBand", "9223372036854775807",
    ];

    private static readonly CelEnvironment Env = CelEnvironment.Default
        .WithVariable("n", CelType.Int)
        .WithVariable("s", CelType.String)
        .WithVariable("xs", CelType.ListOf(CelType.Int))
        .WithVariable("m", CelType.MapOf(CelType.String, CelType.Dyn));

    /// <summary>A sequence of CEL tokens and near-tokens, joined by spaces.</summary>
    public sealed record TokenSoup(string Text);

    /// <summary>The arbitraries of these properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<TokenSoup> Soup() => Gen.Elements(Tokens).ListOf().Select(ts => new TokenSoup(string.Join(" ", ts))).ToArbitrary();
    }

    [Property(MaxTest = 2000, EndSize = 30, Arbitrary = [typeof(Arbitraries)])]
    public void CompileAndEvaluate_AnyTokenSequence_NeverThrow(TokenSoup soup)
    {
        var compiled = Env.Compile(soup.Text);
        Assert.True(compiled.Succeeded || compiled.Diagnostics.Length > 0);
        compiled.Condition?.Evaluate(long.MinValue, "aaa", new object?[] { 1L, null, "x" }, new Dictionary<string, object?> { ["k"] = null });
        compiled.Condition?.Evaluate(0L, null, null, null);
    }

    [Theory]
    [InlineData("xs.map(x, 100 / x)")]
    [InlineData("xs.all(x, x > 0) || xs.exists(x, 1 / x == 0)")]
    [InlineData("m.k.size() > 0")]
    [InlineData("s.matches('(')")]
    [InlineData("timestamp(s) > timestamp('2020-01-01T00:00:00Z')")]
    [InlineData("duration(s) > duration('1s')")]
    [InlineData("int(s) + n")]
    public void Evaluate_BadRuntimeData_IsAnErrorOrUnknownValue(string expression)
    {
        var c = Env.Compile(expression).Condition!;

        var r = c.Evaluate(long.MaxValue, "not-a-number", new object?[] { 0L, 1L, null }, new Dictionary<string, object?> { ["k"] = 5L });

        Assert.True(r.IsError || r.IsUnknown, r.ToString());
    }
}
