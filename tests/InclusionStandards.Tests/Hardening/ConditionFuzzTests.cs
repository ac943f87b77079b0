using FsCheck;
using FsCheck.Fluent;
using InclusionStandards.Conditions;
using Xunit.Abstractions;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Fuzz: random well-typed expressions always compile (or hit a documented limit) and evaluate without an exception;
/// the same expressions with one character edited never throw either. Token soup is in Conditions/RobustnessPropertyTests.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ConditionFuzzTests(ITestOutputHelper output)
{
    private static readonly CelEnvironment Env = CelEnvironment.Default
        .WithVariable("n", CelType.Int)
        .WithVariable("s", CelType.String)
        .WithVariable("xs", CelType.ListOf(CelType.Int))
        .WithVariable("m", CelType.MapOf(CelType.String, CelType.Dyn));

    private static readonly Gen<object?[]> Arguments =
        from n in Gen.Elements(0L, 1L, -1L, 7L, long.MaxValue, long.MinValue)
        from s in Gen.Elements("", "a", "aaa", "abc", "é\u202E", new string('a', 2000) + "!")
        from xs in Gen.Elements<object?[]>([], [0L], [1L, 2L, 3L], [long.MaxValue, long.MinValue], [null, 1L])
        from k in Gen.Elements<object?>(null, 1L, "x", 2.5, true)
        select new object?[] { n, s, xs, new Dictionary<string, object?> { ["k"] = k } };

    [Fact]
    public void CompileAndEvaluate_RandomWellTypedExpressions_CompileAndNeverThrow()
    {
        var cases = 0;
        var gen = from seed in Gen.Choose(0, int.MaxValue - 1)
                  from args in Arguments
                  select (Text: RandomExpression.Build(seed), Args: args);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            cases++;
            var compiled = Env.Compile(c.Text);
            Assert.True(compiled.Succeeded || compiled.Diagnostics.All(d => d.Code == "CEL104"), $"{c.Text}\n{string.Join("\n", compiled.Diagnostics)}");
            compiled.Condition?.Evaluate(c.Args);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.Cases));
        output.WriteLine($"random well-typed expressions: {cases} cases, all compiled, no exception");
        Assert.Equal(FuzzSettings.Cases, cases);
    }

    [Fact]
    public void CompileAndEvaluate_EditedExpressions_NeverThrow()
    {
        var cases = 0;
        var gen = from seed in Gen.Choose(0, int.MaxValue - 1)
                  from edit in TextMutator.Edits
                  from args in Arguments
                  select (Text: TextMutator.Apply(RandomExpression.Build(seed), edit), Args: args);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            cases++;
            var compiled = Env.Compile(c.Text);
            Assert.True(compiled.Succeeded || compiled.Diagnostics.Length > 0);
            compiled.Condition?.Evaluate(c.Args);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.Cases));
        output.WriteLine($"edited expressions: {cases} cases, no exception");
        Assert.Equal(FuzzSettings.Cases, cases);
    }
}
