using BenchmarkDotNet.Attributes;
using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Benchmarks.Conditions;

/// <summary>
/// A compiled condition against the same condition hand-written as a C# lambda over the same record, with the
/// same missing-evidence behaviour (unknown when the field is absent).
/// </summary>
[MemoryDiagnoser]
public class ConditionBenchmarks
{
    private static readonly string[] ScorePath = ["org.score"];
    private static readonly string[] BothPaths = ["org.headcount", "org.score"];
    private Record _org = null!;
    private Func<Record, ConditionResult> _handScalar = null!;
    private Func<Record, ConditionResult> _compiledScalar = null!;
    private Func<Record, ConditionResult> _handCompound = null!;
    private Func<Record, ConditionResult> _compiledCompound = null!;
    private Func<Record, ConditionResult> _handString = null!;
    private Func<Record, ConditionResult> _compiledString = null!;

    [GlobalSetup]
    public void Setup()
    {
        var type = new RecordType("Org");
        var score = type.AddField("score", FieldType.Double).Index;
        var headcount = type.AddField("headcount", FieldType.Int).Index;
        var region = type.AddField("region", FieldType.String).Index;
        type.Seal();
        _org = type.CreateBuilder().Set(score, 0.75).Set(headcount, 120L).Set(region, "London").Build();
        var env = CelEnvironment.Default.WithVariable("org", type);
        Func<Record, ConditionResult> Compile(string text) => env.Compile(text).Condition!.GetDelegate<Func<Record, ConditionResult>>();

        _handScalar = r => r.Has(score) ? ConditionResult.FromBool(r.GetDouble(score) > 0.5) : ConditionResult.Unknown(ScorePath);
        _compiledScalar = Compile("org.score > 0.5");
        _handCompound = r =>
        {
            if (r.Has(score) && !(r.GetDouble(score) > 0.5))
            {
                return ConditionResult.False;
            }

            if (r.Has(headcount) && !(r.GetInt(headcount) >= 100))
            {
                return ConditionResult.False;
            }

            return r.Has(score) && r.Has(headcount) ? ConditionResult.True : ConditionResult.Unknown(BothPaths);
        };
        _compiledCompound = Compile("org.score > 0.5 && org.headcount >= 100");
        _handString = r => r.GetString(region) is { } s ? ConditionResult.FromBool(s == "London") : ConditionResult.Unknown(["org.region"]);
        _compiledString = Compile("org.region == 'London'");
    }

    /// <summary><c>org.score &gt; 0.5</c> hand-written.</summary>
    [Benchmark(Baseline = true)]
    public ConditionResult HandWritten_ScalarComparison() => _handScalar(_org);

    /// <summary><c>org.score &gt; 0.5</c> compiled.</summary>
    [Benchmark]
    public ConditionResult Compiled_ScalarComparison() => _compiledScalar(_org);

    /// <summary><c>org.score &gt; 0.5 &amp;&amp; org.headcount &gt;= 100</c> hand-written (commutative and).</summary>
    [Benchmark]
    public ConditionResult HandWritten_Compound() => _handCompound(_org);

    /// <summary>The same, compiled.</summary>
    [Benchmark]
    public ConditionResult Compiled_Compound() => _compiledCompound(_org);

    /// <summary><c>org.region == 'London'</c> hand-written.</summary>
    [Benchmark]
    public ConditionResult HandWritten_StringEquality() => _handString(_org);

    /// <summary>The same, compiled.</summary>
    [Benchmark]
    public ConditionResult Compiled_StringEquality() => _compiledString(_org);
}
