using BenchmarkDotNet.Attributes;
using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Benchmarks.Conditions;

/// <summary>A macro over a list of records (<c>board.members.all(m, m.appraised)</c>) against a hand-written loop.</summary>
[MemoryDiagnoser]
public class ConditionMacroBenchmarks
{
    private Record _board = null!;
    private Func<Record, ConditionResult> _hand = null!;
    private Func<Record, ConditionResult> _compiled = null!;

    /// <summary>Number of members.</summary>
    [Params(10, 100)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var person = new RecordType("Person");
        var appraised = person.AddField("appraised", FieldType.Bool).Index;
        person.Seal();
        var board = new RecordType("Board");
        var members = board.AddField("members", FieldType.ListOf(FieldType.Of(person))).Index;
        board.Seal();
        var list = Enumerable.Range(0, Members).Select(_ => (object?)person.CreateBuilder().Set(appraised, true).Build()).ToArray();
        _board = board.CreateBuilder().Set(members, list).Build();
        _compiled = CelEnvironment.Default.WithVariable("board", board).Compile("board.members.all(m, m.appraised)").Condition!
            .GetDelegate<Func<Record, ConditionResult>>();
        _hand = r =>
        {
            if (r.GetReference(members) is not IReadOnlyList<object?> ms)
            {
                return ConditionResult.Unknown(["board.members"]);
            }

            var missing = new List<string>();
            for (var i = 0; i < ms.Count; i++)
            {
                var m = (Record)ms[i]!;
                if (!m.Has(appraised))
                {
                    missing.Add($"board.members[{i}].appraised");
                }
                else if (!m.GetBool(appraised))
                {
                    return ConditionResult.False;
                }
            }

            return missing.Count == 0 ? ConditionResult.True : ConditionResult.Unknown(missing);
        };
    }

    /// <summary>Hand-written loop.</summary>
    [Benchmark(Baseline = true)]
    public ConditionResult HandWritten_All() => _hand(_board);

    /// <summary>Compiled macro.</summary>
    [Benchmark]
    public ConditionResult Compiled_All() => _compiled(_board);
}
