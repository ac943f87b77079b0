using InclusionStandards.Assessments;
using InclusionStandards.Validation;
using System.Diagnostics;
using System.Globalization;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Loading;

namespace InclusionStandards.Benchmarks.Batch;

/// <summary>
/// The <c>batch-profile</c> mode of the benchmarks program: <c>batch-profile --csv FILE [--rounds N]</c> splits a batch
/// of CSV rows into its stages (read the rows, evaluate them one after another on one thread, serialise them as JSON
/// Lines, then the parallel <see cref="BatchEvaluator"/> over the same rows) and prints each stage's time, allocation
/// and collections per organisation. A stopwatch harness for finding where a batch's time goes, not a benchmark.
/// </summary>
internal static class BatchProfileCommand
{
    /// <summary>True when <paramref name="args"/> ask for this mode.</summary>
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "batch-profile";

    /// <summary>Runs the mode; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        string? csv = null;
        var rounds = 3;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--csv": csv = args[i + 1]; break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"error: unknown option '{args[i]}'. Usage: batch-profile --csv FILE [--rounds N]");
                    return 2;
            }
        }

        if (csv is null || !File.Exists(csv))
        {
            Console.Error.WriteLine("error: --csv FILE (an existing CSV file) is required. Usage: batch-profile --csv FILE [--rounds N]");
            return 2;
        }

        var load = StandardsLoader.LoadEmbedded(new LoaderOptions { SkipFolders = ["tests", "examples"] });
        var standards = CompiledStandards.Compile(load.Catalog, out _) ?? throw new InvalidOperationException("the embedded standards do not compile");
        var mapping = load.CsvMappings.First();
        var evaluator = new Evaluator(standards);
        for (var round = 1; round <= rounds; round++)
        {
            var rows = Stage("read", () => CsvEvidenceImporter.Read(csv, mapping, standards.Evidence).ToList(), r => r.Count);
            var docs = rows.Where(r => r.Succeeded).Select(r => r.Document!).ToList();
            var assessments = Stage("evaluate (1 thread)", () => docs.Select(d => evaluator.Evaluate(d, d.AssessmentDate ?? d.Period.End)).ToList(), a => a.Count);
            Stage("serialise, every member", () => assessments.Sum(a => (long)System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(a, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.Compact)).Length), _ => assessments.Count);
            Stage("serialise JSON Lines", () => assessments.Sum(a => (long)AssessmentJson.SerializeCompactToUtf8Bytes(a).Length), _ => assessments.Count);
            var batch = new BatchEvaluator(standards);
            Stage("BatchEvaluator (parallel)", () => batch.Evaluate(rows, null).Count(r => r.Assessment is not null), n => n);
            Console.WriteLine();
        }

        return 0;
    }

    private static T Stage<T>(string name, Func<T> run, Func<T, int> count)
    {
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        var usedCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var n = Math.Max(1, count(result));
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} {n,5} orgs  wall {clock.Elapsed.TotalMilliseconds,8:F0} ms ({clock.Elapsed.TotalMilliseconds / n,6:F2} ms/org)  cpu {usedCpu.TotalMilliseconds / n,6:F2} ms/org  alloc {bytes / n / 1024.0,7:F0} KB/org  gc0/1/2 {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}"));
        return result;
    }
}
