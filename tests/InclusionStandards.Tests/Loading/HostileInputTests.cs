using InclusionStandards.Diagnostics;
using System.Diagnostics;
using System.Text;
using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

public class HostileInputTests
{
    [Fact]
    public void LoadFile_100MegabyteFile_RefusedBeforeReading()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var fs = new FileStream(path, FileMode.Create))
            {
                fs.SetLength(100L * 1024 * 1024); // sparse: the loader must refuse it from its length alone
            }

            var watch = Stopwatch.StartNew();
            var result = StandardsLoader.LoadFile(path);
            Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
            var d = Fixtures.Single(result, DiagnosticCodes.FileTooLarge);
            Assert.Equal((1, 1), (d.Location!.Line, d.Location.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadText_OverSmallLimit_FileTooLarge()
    {
        var options = new LoaderOptions { Limits = new LoaderLimits { MaxFileBytes = 100 } };
        var result = StandardsLoader.LoadText("big.yaml", "kind: scoring\n" + new string('#', 200), options);
        Fixtures.AssertAt(Fixtures.Single(result, DiagnosticCodes.FileTooLarge), "big.yaml", 1, 1);
    }

    [Fact]
    public void LoadText_AliasBomb_RefusedQuicklyWithoutExpansion()
    {
        var sb = new StringBuilder("kind: scoring\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var result = StandardsLoader.LoadText("bomb.yaml", sb.ToString());
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
        Assert.InRange(GC.GetTotalAllocatedBytes() - before, 0, 200L * 1024 * 1024);
        var d = Fixtures.Single(result, DiagnosticCodes.TooManyNodes);
        Assert.Equal("bomb.yaml", d.Location!.File);
        Assert.Equal(6, d.Location.Line); // a4 weighs about 111,111 nodes: the first over 100,000
    }

    [Fact]
    public void LoadText_TenThousandDeepNesting_TooDeep()
    {
        var text = "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var watch = Stopwatch.StartNew();
        var result = StandardsLoader.LoadText("deep.yaml", text);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
        Fixtures.AssertAt(Fixtures.Single(result, DiagnosticCodes.TooDeep), "deep.yaml", 1, 4 + 63);
    }

    [Fact]
    public void LoadText_TenThousandDeepBlockNesting_TooDeep()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("- ");
        }

        sb.Append("x\n");
        var result = StandardsLoader.LoadText("deep.yaml", sb.ToString());
        Assert.Contains(result.Diagnostics, d => d.Code is DiagnosticCodes.TooDeep or DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void LoadText_CyclicAlias_Refused()
    {
        var result = StandardsLoader.LoadText("cycle.yaml", "a: &x [1, *x]\n");
        Assert.Contains(result.Diagnostics, d => d.Code is DiagnosticCodes.TooManyNodes or DiagnosticCodes.YamlSyntax);
    }
}
