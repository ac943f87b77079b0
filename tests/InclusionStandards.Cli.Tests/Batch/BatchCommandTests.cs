using System.Text.Json;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests.Batch;

/// <summary>evaluate over many organisations as a user runs it: --out-dir, trends, peers, --history, messages.</summary>
public sealed class BatchCommandTests
{
    [Fact]
    public void Evaluate_TwoYearsIntoOutDir_GivesIndexSummaryRowAndReportForEveryOrganisationAndYear()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var csv = SurveyCsv.Write(dir.FullName, "survey.csv", [2021, 2022], badRow: true);
            var outDir = Path.Combine(dir.FullName, "reports");

            var (exit, output, err) = Run("evaluate", csv, "--out-dir", outDir);

            Assert.Equal(2, exit); // one row was bad; the others are written
            Assert.Equal("", output);
            Assert.Contains("row skipped (bad evidence); the file's other rows are evaluated", err, StringComparison.Ordinal);
            Assert.DoesNotContain("survey.csv: not evaluated", err, StringComparison.Ordinal);
            Assert.Contains("Evaluated 16 of 17 inputs (1 rejected)", err, StringComparison.Ordinal);
            var codes = SurveyCsv.Acute.Concat(SurveyCsv.Ambulance).ToList();
            var index = File.ReadAllText(Path.Combine(outDir, "index.html"));
            var summary = File.ReadAllLines(Path.Combine(outDir, "summary.csv"));
            Assert.Equal(1 + (codes.Count * 2), summary.Length);
            var header = summary[0].Split(',');
            Assert.Equal(["odsCode", "name", "type", "region", "ics", "periodStart", "periodEnd"], header[..7]);
            Assert.Contains("previousPeriodEnd", header);
            foreach (var code in codes)
            {
                foreach (var end in new[] { "2021-12-31", "2022-12-31" })
                {
                    var report = Path.Combine(outDir, $"{code}-{end}.html");
                    Assert.True(File.Exists(report), report);
                    Assert.Contains($"href=\"{code}-{end}.html\"", index, StringComparison.Ordinal);
                    Assert.Single(summary, l => l.Split(',')[0] == code && l.Split(',')[6] == end);
                }

                var later = File.ReadAllText(Path.Combine(outDir, $"{code}-2022-12-31.html"));
                Assert.Contains("Since the previous period", later, StringComparison.Ordinal);
                var row = summary.Select(l => l.Split(',')).Single(r => r[0] == code && r[6] == "2022-12-31");
                Assert.Equal("2021-12-31", row[Array.IndexOf(header, "previousPeriodEnd")]);
            }

            Assert.Contains("Among peers", File.ReadAllText(Path.Combine(outDir, "RA1-2022-12-31.html")), StringComparison.Ordinal);
            Assert.DoesNotContain("Among peers", File.ReadAllText(Path.Combine(outDir, "RX1-2022-12-31.html")), StringComparison.Ordinal); // 2 ambulance trusts: too few
            Assert.Contains("<select name=\"region\">", index, StringComparison.Ordinal);
            Assert.Contains("<select name=\"ics\">", index, StringComparison.Ordinal);
            Assert.Contains("<select name=\"rating\">", index, StringComparison.Ordinal);
            Assert.Contains("<option>acute-trust</option>", index, StringComparison.Ordinal);
            Assert.Contains("EVD", index.Split("id=\"rejected\"")[1], StringComparison.Ordinal); // the bad row's diagnostic
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_OutDirRerun_ReplacesThePreviousRunsFilesAndRefusesAForeignFolder()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var outDir = Path.Combine(dir.FullName, "reports");
            Assert.Equal(0, Run("evaluate", SurveyCsv.Write(dir.FullName, "a.csv", [2021]), "--out-dir", outDir).Exit);
            Assert.True(File.Exists(Path.Combine(outDir, "RA1-2021-12-31.html")));

            Assert.Equal(0, Run("evaluate", SurveyCsv.Write(dir.FullName, "b.csv", [2023]), "--out-dir", outDir).Exit);

            Assert.False(File.Exists(Path.Combine(outDir, "RA1-2021-12-31.html")));
            Assert.True(File.Exists(Path.Combine(outDir, "RA1-2023-12-31.html")));
            Assert.Empty(Directory.EnumerateFileSystemEntries(dir.FullName, ".reports*"));

            var foreign = Path.Combine(dir.FullName, "mine");
            Directory.CreateDirectory(foreign);
            File.WriteAllText(Path.Combine(foreign, "notes.txt"), "keep me");
            var (exit, output, err) = Run("evaluate", Path.Combine(dir.FullName, "a.csv"), "--out-dir", foreign);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains("error CLI032", err, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(Path.Combine(foreign, "notes.txt")));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_JsonLinesOverTwoYears_LaterYearsCarryTrendAndPeersNamedAndSized()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var (exit, output, _) = Run("evaluate", SurveyCsv.Write(dir.FullName, "survey.csv", [2021, 2022]), "--jsonl");

            Assert.Equal(0, exit);
            var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(16, records.Count);
            foreach (var r in records)
            {
                var later = r.GetProperty("period").GetProperty("end").GetString() == "2022-12-31";
                Assert.Equal(later, r.TryGetProperty("trend", out var trend));
                if (later)
                {
                    Assert.Equal("2021-12-31", trend.GetProperty("previousPeriod").GetProperty("end").GetString());
                    var measure = trend.GetProperty("measures").EnumerateArray().First(m => m.GetProperty("id").GetString() == "staffSurvey.belonging.rate");
                    Assert.Equal(1.25, measure.GetProperty("change").GetDouble(), 6);
                    Assert.NotEmpty(trend.GetProperty("criteria").EnumerateArray());
                }

                var acute = r.GetProperty("organisation").GetProperty("type").GetString() == "acute-trust";
                Assert.Equal(acute, r.TryGetProperty("peers", out var peers));
                if (acute)
                {
                    Assert.Equal("acute-trust", peers.GetProperty("group").GetString());
                    Assert.Equal(6, peers.GetProperty("groupSize").GetInt32());
                    var position = peers.GetProperty("positions").EnumerateArray().First(p => p.GetProperty("id").GetString() == "staffSurvey.belonging.rate");
                    Assert.Equal(6, position.GetProperty("count").GetInt32());
                    Assert.InRange(position.GetProperty("rank").GetInt32(), 1, 6);
                    Assert.True(position.GetProperty("lowerQuartile").GetDouble() <= position.GetProperty("median").GetDouble());
                }
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_ManyRowsWithTheSameWarning_PrintsTheFirstFewAndOneLineForTheRest_AndKeepsEveryOne()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            // Every row has its region and ICS swapped (as the 2021 survey export does): eight EVD120 warnings.
            var csv = SurveyCsv.Write(dir.FullName, "survey.csv", [2021], swapRegionAndIcs: true);
            var outDir = Path.Combine(dir.FullName, "reports");

            var results = Path.Combine(dir.FullName, "results.jsonl");

            var (exit, _, err) = Run("evaluate", csv, "--jsonl", "--out", results, "--out-dir", outDir);

            Assert.Equal(0, exit);
            var output = File.ReadAllText(results);
            var printed = err.Split('\n').Where(l => l.Contains("warning EVD120", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, printed.Count);
            Assert.All(printed.Take(3), l => Assert.StartsWith(csv + ":", l, StringComparison.Ordinal)); // located: file:line
            Assert.Contains("... and 5 more like these", printed[3], StringComparison.Ordinal);
            Assert.Contains("index.html", printed[3], StringComparison.Ordinal);
            var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(8, records.Count);
            var warnings = records.Select(r => r.GetProperty("warnings").EnumerateArray().Single()).ToList();
            Assert.All(warnings, w => Assert.Equal("EVD120", w.GetProperty("code").GetString()));
            Assert.Equal(8, warnings.Select(w => w.GetProperty("location").GetString()).Distinct().Count());
            var index = File.ReadAllText(Path.Combine(outDir, "index.html"));
            Assert.Contains("8 warnings", index, StringComparison.Ordinal);
            Assert.Equal(8, index.Split("<td><code>EVD120</code></td>").Length - 1);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_HtmlComparisonOfMoreOrganisationsThanAPageHolds_IsRefusedAtTheFirstRowPastTheLimit()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var header = File.ReadLines(SurveyCsv.Write(dir.FullName, "header.csv", [2021])).First();
            var csv = Path.Combine(dir.FullName, "huge.csv");
            File.WriteAllLines(csv, [header, .. Enumerable.Range(1, InclusionStandards.Cli.Batch.ComparisonLimit.Organisations + 5).Select(i => $"R{i}")]);

            var (exit, output, err) = Run("evaluate", csv, "--format", "html");

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"{csv}:{InclusionStandards.Cli.Batch.ComparisonLimit.Organisations + 2}:1: error CLI040:", err, StringComparison.Ordinal);
            Assert.Contains("--out-dir", err, StringComparison.Ordinal);
            Assert.DoesNotContain("Evaluated", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void ComparisonLimit_CountsCsvRowsAndFiles_AndAllowsExactlyTheLimit()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var csv = SurveyCsv.Write(dir.FullName, "survey.csv", [2021]); // eight rows
            var yaml = Path.Combine(dir.FullName, "one.yaml");
            File.WriteAllText(yaml, "x: 1\n");

            Assert.Null(InclusionStandards.Cli.Batch.ComparisonLimit.Check([csv], "html", limit: 8));
            Assert.Null(InclusionStandards.Cli.Batch.ComparisonLimit.Check([yaml, csv], "md", limit: 9));
            Assert.Contains($"{csv}:9:1: error CLI040:", InclusionStandards.Cli.Batch.ComparisonLimit.Check([csv], "html", limit: 7), StringComparison.Ordinal);
            Assert.Contains($"{yaml}:1:1: error CLI040:", InclusionStandards.Cli.Batch.ComparisonLimit.Check([csv, yaml], "md", limit: 8), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluate_WithHistoryOfAnEarlierRun_GivesTheLaterYearATrend()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var earlier = Path.Combine(dir.FullName, "2021.jsonl");
            Assert.Equal(0, Run("evaluate", SurveyCsv.Write(dir.FullName, "a.csv", [2021]), "--jsonl", "--out", earlier).Exit);

            var (exit, output, err) = Run("evaluate", SurveyCsv.Write(dir.FullName, "b.csv", [2022]), "--jsonl", "--history", earlier);
            var (badExit, badOutput, badErr) = Run("evaluate", Path.Combine(dir.FullName, "b.csv"), "--jsonl", "--history", Path.Combine(dir.FullName, "a.csv"));

            Assert.Equal(0, exit);
            Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Contains("\"trend\":{\"previousPeriod\":{\"start\":\"2021-01-01\",\"end\":\"2021-12-31\"}", l, StringComparison.Ordinal));
            Assert.Equal(2, badExit);
            Assert.Equal("", badOutput);
            Assert.Contains("error CLI031", badErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("--fromat", "html", "--format")]
    [InlineData("--output", "r.html", "--out")]
    [InlineData("--josnl", null, "--jsonl")]
    public void Evaluate_MisspeltOption_IsRefusedWithASuggestionAndNothingIsEvaluated(string option, string? value, string suggestion)
    {
        string[] args = value is null ? ["evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), option] : ["evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), option, value];

        var (exit, output, err) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"error CLI030: unknown option '{option}' for 'inclusion evaluate'; did you mean '{suggestion}'?", err, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_OfAnyCommand_IsRefused()
    {
        var (exit, output, err) = Run("validate", "--foo");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("error CLI030: unknown option '--foo' for 'inclusion validate'", err, StringComparison.Ordinal);
    }
}
