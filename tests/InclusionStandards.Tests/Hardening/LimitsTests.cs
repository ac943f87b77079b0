using InclusionStandards.Assessments;
using System.Diagnostics;
using System.Text;
using InclusionStandards.Conditions;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;
using InclusionStandards.Loading;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Every limit against hostile input, its default, and the test that feeds it the hostile input (SECURITY.md has the
/// same table). Tests already elsewhere are referenced by name and checked to exist; the gaps are filled here.
/// </summary>
public sealed class LimitsTests
{
    /// <summary>limit, default, test class, test method.</summary>
    public static TheoryData<string, long, string, string> Table => new()
    {
        { "LoaderLimits.MaxNodes (standards alias expansion)", LoaderLimits.Default.MaxNodes, "Loading.HostileInputTests", "LoadText_AliasBomb_RefusedQuicklyWithoutExpansion" },
        { "LoaderLimits.MaxDepth (standards nesting)", LoaderLimits.Default.MaxDepth, "Loading.HostileInputTests", "LoadText_TenThousandDeepNesting_TooDeep" },
        { "LoaderLimits.MaxFileBytes (standards file size)", LoaderLimits.Default.MaxFileBytes, "Loading.HostileInputTests", "LoadFile_100MegabyteFile_RefusedBeforeReading" },
        { "EvidenceLimits.MaxNodes (evidence alias expansion)", EvidenceLimits.Default.MaxNodes, "Evidence.EvidenceReaderTests", "Parse_AliasBomb_StopsAtTheNodeLimitInsteadOfExpanding" },
        { "EvidenceLimits.MaxDepth (evidence nesting)", EvidenceLimits.Default.MaxDepth, "Evidence.EvidenceReaderTests", "Parse_TooDeep_HitsTheDepthLimit" },
        { "EvidenceLimits.MaxFileBytes (evidence file size)", EvidenceLimits.Default.MaxFileBytes, "Evidence.EvidenceReaderTests", "Parse_TextOverSizeLimit_IsRejected" },
        { "EvidenceLimits.MaxListLength (evidence list length)", EvidenceLimits.Default.MaxListLength, "Hardening.LimitsTests", nameof(Parse_ListOverDefaultLength_IsRejectedQuickly) },
        { "EvidenceLimits.MaxValueLength (one value's length)", EvidenceLimits.Default.MaxValueLength, "Hardening.HostileEvidenceTests", "Value_LongerThanTheLimit_IsEvd107" },
        { "CelLimits.MaxLength (expression length)", CelLimits.Default.MaxLength, "Hardening.LimitsTests", nameof(Compile_MegabyteExpression_IsRejectedQuickly) },
        { "CelLimits.MaxDepth (expression nesting)", CelLimits.Default.MaxDepth, "Conditions.LimitsTests", "Compile_DeeplyNestedDefaultLimit_IsADiagnosticNotAStackOverflow" },
        { "CelLimits.MaxIterations (comprehension cost)", CelLimits.Default.MaxIterations, "Hardening.LimitsTests", nameof(Evaluate_CubicComprehensionAtDefaultLimits_StopsQuickly) },
        { "Regex.NonBacktracking (matches in linear time; always on)", 0, "Conditions.LimitsTests", "Matches_CatastrophicBacktrackingPattern_CompletesQuickly" },
        { "BatchEvaluator.ChunkSize (organisations in memory)", 256, "Hardening.LimitsTests", nameof(BatchEvaluate_UnboundedInput_StreamsInBoundedMemory) },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Table_EachLimitHasItsHostileInputTest(string limit, long defaultValue, string testClass, string testMethod)
    {
        var type = typeof(LimitsTests).Assembly.GetType("InclusionStandards.Tests." + testClass);
        Assert.True(type?.GetMethod(testMethod) is not null, $"{limit}: no test {testClass}.{testMethod}");
        Assert.InRange(defaultValue, 0, long.MaxValue);
    }

    [Fact]
    public void Table_DefaultsAreTheDocumentedOnes()
    {
        var security = File.ReadAllText(Path.Combine(TestCatalog.RepoRoot, "SECURITY.md"));
        foreach (var row in Table.Where(r => (long)r[1] > 0))
        {
            var (limit, value) = ((string)row[0], (long)row[1]);
            var name = limit[..limit.IndexOf(' ', StringComparison.Ordinal)];
            Assert.Contains($"| `{name}` | {value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} |", security, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_ListOverDefaultLength_IsRejectedQuickly()
    {
        var sb = new StringBuilder(Head).Append("evidence:\n  staffNetworks: [");
        sb.Insert(sb.Length, "0, ", EvidenceLimits.Default.MaxListLength + 1).Append("0]\n");

        var (r, elapsed, allocated) = Measure(() => TestCatalog.Standards.Evidence.Parse(sb.ToString(), "long.yaml"));

        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.EvidenceLimitExceeded);
        Assert.InRange(elapsed.TotalSeconds, 0, 20);
        Assert.InRange(allocated, 0, 1L << 30);
    }

    [Fact]
    public void Compile_MegabyteExpression_IsRejectedQuickly()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 500_000));

        var (r, elapsed, allocated) = Measure(() => CelEnvironment.Default.Compile(text));

        Assert.Equal("CEL104", Assert.Single(r.Diagnostics).Code);
        Assert.InRange(elapsed.TotalSeconds, 0, 2);
        Assert.InRange(allocated, 0, 64L << 20);
    }

    [Fact]
    public void Evaluate_CubicComprehensionAtDefaultLimits_StopsQuickly()
    {
        var list = "[" + string.Join(",", Enumerable.Range(0, 120)) + "]";
        var c = CelEnvironment.Default.Compile($"{list}.all(x, {list}.all(y, {list}.all(z, x + y + z >= 0)))").Condition!;

        var (r, elapsed, allocated) = Measure(() => c.Evaluate());

        Assert.True(r.IsError, r.ToString());
        Assert.InRange(elapsed.TotalSeconds, 0, 10);
        Assert.InRange(allocated, 0, 1L << 30);
    }

    [Fact]
    public void BatchEvaluate_UnboundedInput_StreamsInBoundedMemory()
    {
        var example = HardeningData.Examples[0];
        var read = TestCatalog.Standards.Evidence.Parse(example.Text, example.Name);
        var batch = new BatchEvaluator(TestCatalog.Standards, chunkSize: 8);
        var produced = 0;

        var results = batch.Evaluate(Endless(read, () => produced++), HardeningData.Date).Take(20).ToList();

        Assert.Equal(20, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Assessment));
        Assert.InRange(produced, 20, 24); // read ahead by at most one chunk: the organisations in memory are bounded

        static IEnumerable<EvidenceReadResult> Endless(EvidenceReadResult r, Action onEach)
        {
            while (true)
            {
                onEach();
                yield return r;
            }
        }
    }

    private const string Head = "organisation: {odsCode: RAA, name: Trust, type: acute-trust}\nperiod: {start: '2023-04-01', end: '2024-03-31'}\n";

    private static (T Result, TimeSpan Elapsed, long Allocated) Measure<T>(Func<T> run)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = run();
        return (result, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
