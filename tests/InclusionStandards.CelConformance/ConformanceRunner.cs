using System.Text.Json;
using InclusionStandards.Conditions;

namespace InclusionStandards.CelConformance;

/// <summary>
/// Runs the CEL conformance JSON files of a directory (optionally only the tests listed in a subset file) against
/// the condition language, writing counts per file and a final <c>N passed, N failed</c> line.
/// </summary>
public static class ConformanceRunner
{
    /// <summary>Runs the files and returns the totals.</summary>
    public static ConformanceTotals Run(string directory, string? subsetFile, TextWriter output, bool verbose = false)
    {
        HashSet<(string, string, string)>? subset = null;
        if (subsetFile is not null)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(subsetFile));
            subset = doc.RootElement.EnumerateArray()
                .Select(e => (e.GetProperty("file").GetString()!, e.GetProperty("section").GetString()!, e.GetProperty("test").GetString()!))
                .ToHashSet();
        }

        var totals = new ConformanceTotals(0, 0, 0);
        var subsetPath = subsetFile is null ? null : Path.GetFullPath(subsetFile);
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFullPath(path) == subsetPath || Path.GetFileName(path) == "policy-subset.json")
            {
                continue;
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var file = doc.RootElement.GetProperty("name").GetString()!;
            var counts = new ConformanceTotals(0, 0, 0);
            foreach (var section in doc.RootElement.GetProperty("section").EnumerateArray())
            {
                var sectionName = section.GetProperty("name").GetString()!;
                if (!section.TryGetProperty("test", out var tests))
                {
                    continue;
                }

                foreach (var test in tests.EnumerateArray())
                {
                    var name = test.GetProperty("name").GetString()!;
                    if (subset is not null && !subset.Contains((file, sectionName, name)))
                    {
                        continue;
                    }

                    var (outcome, detail) = ConformanceCase.Run(test);
                    counts = counts.Add(outcome);
                    if (verbose && outcome != ConformanceOutcome.Passed)
                    {
                        output.WriteLine($"  {outcome} {file}/{sectionName}/{name}: {test.GetProperty("expr").GetString()} -- {detail}");
                    }
                }
            }

            if (counts.Total > 0)
            {
                output.WriteLine($"{file}: {counts.Passed} passed, {counts.Failed} failed, {counts.Rejected} rejected by the type checker");
            }

            totals = new ConformanceTotals(totals.Passed + counts.Passed, totals.Failed + counts.Failed, totals.Rejected + counts.Rejected);
        }

        output.WriteLine($"{totals.Rejected} ill-typed (disable_check) tests rejected by the type checker");
        output.WriteLine($"{totals.Passed} passed, {totals.Failed} failed");
        return totals;
    }
}
