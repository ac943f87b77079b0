using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;
using Record = InclusionStandards.Rules.Facts.Record;

namespace InclusionStandards.Tests.Conditions;

/// <summary>CLR evidence: figures from a WRES return, some of which may be missing (null).</summary>
public sealed class WresFigures
{
    public double? Indicator2 { get; init; }

    public double? Indicator3 { get; init; }

    public int? Headcount { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<double>? Trend { get; init; }
}

/// <summary>
/// Schema-defined evidence for the tests: a board whose chair has no appraisal recorded, two members (one
/// appraised), no meeting count, and a budget map; WRES figures without indicator 3 or a source.
/// </summary>
internal static class EvidenceFixture
{
    public static readonly RecordType Appraisal = Declare("Appraisal", t =>
    {
        t.AddField("date", FieldType.Timestamp);
        t.AddField("completed", FieldType.Bool);
        t.AddField("rating", FieldType.String);
    });

    public static readonly RecordType Person = Declare("Person", t =>
    {
        t.AddField("name", FieldType.String);
        t.AddField("appraisal", FieldType.Of(Appraisal));
        t.AddField("yearsInPost", FieldType.Int);
        t.AddField("bme", FieldType.Bool);
    });

    public static readonly RecordType Board = Declare("Board", t =>
    {
        t.AddField("chair", FieldType.Of(Person));
        t.AddField("members", FieldType.ListOf(FieldType.Of(Person)));
        t.AddField("meetings", FieldType.Int);
        t.AddField("budget", FieldType.MapOf(FieldType.Double));
        t.AddField("score", FieldType.Double);
    });

    /// <summary>board (Board), wres (WresFigures), nobody (Person, passed as null), with an <c>outcome</c> host function.</summary>
    public static CelEnvironment Environment { get; } = CelEnvironment.Default
        .WithVariable("board", Board)
        .WithVariable("wres", typeof(WresFigures))
        .WithVariable("nobody", Person)
        .WithFunction(CelFunction.FromDelegate("outcome", [CelType.String], CelType.Bool, (Func<string, ConditionResult>)Outcome));

    public static Record BoardRecord { get; } = Board.CreateBuilder()
        .Set("chair", Person.CreateBuilder().Set("name", "A").Build())
        .Set("members", new object?[]
        {
            Person.CreateBuilder().Set("name", "B").Set("appraisal", Appraisal.CreateBuilder().Set("completed", true).Build()).Build(),
            Person.CreateBuilder().Set("name", "C").Build(),
        })
        .Set("budget", new Dictionary<string, object?> { ["training"] = 1000.0 })
        .Set("score", 0.75)
        .Build();

    public static WresFigures Wres { get; } = new() { Indicator2 = 1.3, Headcount = 120, Trend = [1.1, 1.2] };

    public static ConditionResult Evaluate(string expression)
    {
        var compiled = Environment.Compile(expression);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        return compiled.Condition!.Evaluate(BoardRecord, Wres, null);
    }

    /// <summary>"error" for errors (messages vary), otherwise the result's text, e.g. <c>unknown(board.meetings)</c>.</summary>
    public static string Describe(ConditionResult r) => r.IsError ? "error" : r.ToString();

    private static ConditionResult Outcome(string criterion) => criterion switch
    {
        "met" => ConditionResult.True,
        "not-met" => ConditionResult.False,
        "broken" => ConditionResult.Error("criterion 'broken' failed"),
        _ => ConditionResult.Unknown([$"criteria.{criterion}"]),
    };

    private static RecordType Declare(string name, Action<RecordType> fields)
    {
        var t = new RecordType(name);
        fields(t);
        return t.Seal();
    }
}
