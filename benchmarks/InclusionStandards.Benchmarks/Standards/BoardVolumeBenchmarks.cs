using System.Text;
using BenchmarkDotNet.Attributes;
using InclusionStandards.Assessments;
using InclusionStandards.Benchmarks.Scale;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>
/// One organisation with a very large board (every member valid, each a copy of the example's chief executive with
/// its own id): reading the evidence file, and reading plus evaluating it against every default standard. The cost
/// must grow linearly with the number of members (issue: 10,000 members took 41 s before the evidence reader was
/// rebuilt on the parser's event stream; the target is under a second).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Standards", "Volume")]
public class BoardVolumeBenchmarks
{
    private CompiledStandards _standards = null!;
    private Evaluator _evaluator = null!;
    private string _text = null!;
    private EvidenceDocument _document = null!;

    /// <summary>How many board members the evidence lists.</summary>
    [Params(1_000, 10_000)]
    public int Members { get; set; } = 1_000;

    [GlobalSetup(Targets = [nameof(Read), nameof(ReadAndEvaluate)])]
    public void Setup()
    {
        _standards = StandardsFixture.Compile(StandardsFixture.Load());
        _evaluator = new Evaluator(_standards);
        _text = WithBoard(OrganisationGenerator.Example("strong-acute-trust"), Members);
        var read = Read();
        if (read.Document is not { } document || document.Elements["boardMembers"].Length != Members)
        {
            throw new InvalidOperationException($"The generated evidence is not valid: {string.Join("; ", read.Diagnostics.Take(5))}");
        }
    }

    /// <summary>As <see cref="Setup"/>, and keeps the evidence read (only this case holds it, so the others' collections do not trace it).</summary>
    [GlobalSetup(Target = nameof(Evaluate))]
    public void SetupEvaluate()
    {
        Setup();
        _document = Read().Document!;
    }

    [Benchmark(Description = "read evidence")]
    public EvidenceReadResult Read() => _standards.Evidence.Parse(_text, "board.yaml");

    [Benchmark(Description = "evaluate (evidence already read)")]
    public Assessment Evaluate() => _evaluator.Evaluate(_document, StandardsFixture.AssessmentDate);

    [Benchmark(Description = "read and evaluate")]
    public Assessment ReadAndEvaluate() => _evaluator.Evaluate(Read().Document!, StandardsFixture.AssessmentDate);

    /// <summary>The example with its board replaced by <paramref name="members"/> copies of its first member (aliases inlined).</summary>
    internal static string WithBoard(string example, int members)
    {
        var lines = example.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("  boardMembers:", StringComparison.Ordinal));
        var end = start + 1;
        while (end < lines.Length && (lines[end].StartsWith("  -", StringComparison.Ordinal) || lines[end].StartsWith("    ", StringComparison.Ordinal)))
        {
            end++;
        }

        var block = lines[(start + 1)..end];
        var second = Array.FindIndex(block, 1, l => l.StartsWith("  - id:", StringComparison.Ordinal));
        var member = string.Join('\n', block[..second])
            .Replace(" &id001", string.Empty, StringComparison.Ordinal)
            .Replace("role: chief-executive", "role: non-executive-director", StringComparison.Ordinal);
        var firstId = block[0]["  - id: ".Length..].Trim();
        var text = new StringBuilder();
        text.AppendJoin('\n', lines[..(start + 1)]).Append('\n');
        for (var i = 0; i < members; i++)
        {
            text.Append(member.Replace($"id: {firstId}", $"id: bm-{i:D5}", StringComparison.Ordinal)).Append('\n');
        }

        var rest = string.Join('\n', lines[end..]);
        return text.Append(rest.Replace("*id001", "{completedOn: '2024-05-15'}", StringComparison.Ordinal)).ToString();
    }
}
