using InclusionStandards.Validation;
using System.Collections.Concurrent;
using System.Diagnostics;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using InclusionStandards.Tests.Evaluation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>One compiled catalog shared by many threads gives exactly the serial results.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Evaluate_SixteenParallelEvaluationsOfOneCompiledCatalog_AreByteIdenticalToSerial()
    {
        var compiled = TestCatalog.Standards;
        var examples = HardeningData.Examples;
        var serial = examples.Select(e => HardeningData.EvaluateToJson(compiled, e.Text, e.Name)).ToArray();
        Assert.All(serial, Assert.NotNull);

        var parallel = new string?[16 * examples.Count];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var e = examples[i % examples.Count];
            parallel[i] = HardeningData.EvaluateToJson(compiled, e.Text, e.Name);
        });

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(serial[i % examples.Count], parallel[i]);
        }
    }

    [Fact]
    public void Stress_MixedEvaluateCompileLoadForTwoSeconds_NoExceptionNoDivergence()
    {
        var shared = TestCatalog.Standards;
        var examples = HardeningData.Examples;
        var expected = examples.Select(e => HardeningData.EvaluateToJson(shared, e.Text, e.Name)).ToArray();
        var embeddedHash = StandardsLoader.LoadEmbedded().Catalog.ContentHash;
        var failures = new ConcurrentQueue<string>();
        var operations = 0;
        var watch = Stopwatch.StartNew();

        Parallel.For(0, 8, worker =>
        {
            for (var round = 0; watch.Elapsed < TimeSpan.FromSeconds(2) || round == 0; round++)
            {
                var i = (worker + round) % examples.Count;
                switch ((worker + round) % 8)
                {
                    case 0:
                        var load = StandardsLoader.LoadEmbedded();
                        Check(load.Catalog.ContentHash == embeddedHash, "embedded catalog hash");
                        break;
                    case 1:
                        var recompiled = CompiledStandards.Compile(shared.Catalog, out _);
                        Check(recompiled is not null && HardeningData.EvaluateToJson(recompiled, examples[i].Text, examples[i].Name) == expected[i], "recompiled evaluation");
                        break;
                    default:
                        Check(HardeningData.EvaluateToJson(shared, examples[i].Text, examples[i].Name) == expected[i], "shared evaluation");
                        break;
                }

                Interlocked.Increment(ref operations);
            }
        });

        Assert.Empty(failures);
        Assert.True(operations >= 8, operations.ToString(System.Globalization.CultureInfo.InvariantCulture));

        void Check(bool ok, string what)
        {
            if (!ok)
            {
                failures.Enqueue(what);
            }
        }
    }
}
