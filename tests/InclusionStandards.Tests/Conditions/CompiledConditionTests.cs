using System.Linq.Expressions;
using InclusionStandards.Conditions;
using Record = InclusionStandards.Rules.Facts.Record;

namespace InclusionStandards.Tests.Conditions;

/// <summary>The compiled artefact as the engine and the standards team use it.</summary>
public class CompiledConditionTests
{
    [Fact]
    public void Lambda_HasDeclaredVariablesAsParametersInOrder_AndReturnsConditionResult()
    {
        var c = Compile("board.meetings > 1");

        Assert.Equal([typeof(Record), typeof(WresFigures), typeof(Record)], c.Lambda.Parameters.Select(p => p.Type));
        Assert.Equal(typeof(ConditionResult), c.Lambda.ReturnType);
    }

    [Fact]
    public void GetDelegate_TypedFunc_EvaluatesDirectly()
    {
        var f = Compile("board.score > 0.5 && wres.headcount >= 100").GetDelegate<Func<Record, WresFigures, Record, ConditionResult>>();

        Assert.Equal(ConditionResult.True, f(EvidenceFixture.BoardRecord, EvidenceFixture.Wres, null!));
    }

    [Fact]
    public void Lambda_EmbeddedInAnEngineStylePredicate_CompilesAndRuns()
    {
        var c = Compile("board.chair.name == 'A'");
        var ps = c.Lambda.Parameters.Select(p => Expression.Parameter(p.Type, p.Name)).ToArray();
        var isTrue = Expression.Property(Expression.Invoke(c.Lambda, ps), nameof(ConditionResult.IsTrue));
        var predicate = Expression.Lambda<Func<Record, WresFigures, Record, bool>>(isTrue, ps).Compile();

        Assert.True(predicate(EvidenceFixture.BoardRecord, EvidenceFixture.Wres, null!));
    }

    [Theory]
    [InlineData("board.meetings > 1", "bool")]
    [InlineData("board.score * 2.0", "double")]
    [InlineData("board.members.size()", "int")]
    [InlineData("board.members.map(m, m.name)", "list(string)")]
    [InlineData("board.budget", "map(string, double)")]
    [InlineData("wres.trend", "list(double)")]
    [InlineData("dyn(board.score)", "dyn")]
    public void ResultType_IsTheCheckedTypeOfTheExpression(string expression, string type)
    {
        Assert.Equal(type, Compile(expression).ResultType.ToString());
    }

    [Fact]
    public void EvidencePaths_ListFieldsReadIncludingInsideMacros_Sorted()
    {
        var c = Compile("board.members.all(m, m.appraisal.completed) && wres.indicator2 > 1.0 && has(board.chair.appraisal)");

        Assert.Equal(["board.chair.appraisal", "board.members[].appraisal.completed", "wres.indicator2"], c.EvidencePaths.ToArray());
    }

    [Fact]
    public void Evaluate_ValueExpression_ReturnsValueKind()
    {
        var r = Compile("board.score * 2.0").Evaluate(EvidenceFixture.BoardRecord, EvidenceFixture.Wres, null);

        Assert.Equal(ConditionResultKind.Value, r.Kind);
        Assert.Equal(1.5, r.Value);
    }

    [Fact]
    public void Evaluate_WrongNumberOfArguments_IsAnErrorResult()
    {
        var r = Compile("board.score > 1.0").Evaluate(EvidenceFixture.BoardRecord);

        Assert.True(r.IsError);
        Assert.Equal("expected 3 arguments, got 1", r.ErrorMessage);
    }

    [Fact]
    public void Evaluate_ArgumentOfWrongType_IsAnErrorResult()
    {
        var r = Compile("board.score > 1.0").Evaluate("not a record", EvidenceFixture.Wres, null);

        Assert.True(r.IsError);
    }

    [Fact]
    public void Evaluate_HostFunctionThrows_IsAnErrorResultNotAnException()
    {
        var env = CelEnvironment.Default.WithFunction(
            CelFunction.FromDelegate("explode", [CelType.Int], CelType.Bool, (Func<long, bool>)(_ => throw new InvalidOperationException("boom"))));

        var r = env.Compile("explode(1)").Condition!.Evaluate();

        Assert.Equal(ConditionResult.Error("boom"), r);
    }

    [Fact]
    public void Functions_FromLambdaAndMethod_AreInlinedAndCallable()
    {
        Expression<Func<long, long>> twice = x => x * 2;
        var env = CelEnvironment.Default
            .WithFunction(CelFunction.FromLambda("twice", [CelType.Int], CelType.Int, twice))
            .WithFunction(CelFunction.FromMethod("shout", [CelType.String], CelType.String, typeof(CompiledConditionTests).GetMethod(nameof(Shout))!))
            .WithFunction(CelFunction.FromDelegate("isWeekend", [CelType.Timestamp], CelType.Bool, (Func<DateTimeOffset, bool>)(t => t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), isMember: true));

        Assert.True(env.Compile("twice(21) == 42 && shout('a') == 'A!' && timestamp('2024-06-01T10:00:00Z').isWeekend()").Condition!.Evaluate().IsTrue);
    }

    [Fact]
    public void CelFunction_ArityMismatch_IsRejectedAtRegistration()
    {
        Expression<Func<long, long>> one = x => x;

        Assert.Throws<ArgumentException>(() => CelFunction.FromLambda("f", [CelType.Int, CelType.Int], CelType.Int, one));
    }

    [Fact]
    public void Variables_OfCelTypes_AreParametersOfTheirClrForms()
    {
        var env = CelEnvironment.Default.WithVariable("n", CelType.Int).WithVariable("xs", CelType.ListOf(CelType.Int)).WithVariable("m", CelType.MapOf(CelType.String, CelType.Double));
        var c = env.Compile("n in xs || m['a'] > 0.5").Condition!;

        Assert.Equal([typeof(long), typeof(object), typeof(object)], c.Lambda.Parameters.Select(p => p.Type));
        Assert.True(c.Evaluate(3L, new object[] { 1L, 2L }, new Dictionary<string, object?> { ["a"] = 0.75 }).IsTrue);
        Assert.Equal(["m"], c.Evaluate(2L, new object[] { 1L }, null).MissingPaths.ToArray());
    }

    public static string Shout(string s) => s.ToUpperInvariant() + "!";

    private static CompiledCondition Compile(string expression)
    {
        var r = EvidenceFixture.Environment.Compile(expression);
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        return r.Condition!;
    }
}
