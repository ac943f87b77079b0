using InclusionStandards.Model;
using InclusionStandards.Validation;
using System.Diagnostics;
using InclusionStandards.Assessments;
using InclusionStandards.Evidence;
using AssessmentPeriod = InclusionStandards.Model.AssessmentPeriod;
using InclusionStandards.Tests.Evaluation;
using Xunit.Abstractions;

namespace InclusionStandards.Tests.Evidence;

public sealed class CsvImportTests(ITestOutputHelper output)
{
    private static InclusionStandards.Model.CsvMapping Mapping =>
        StandardsLoader.LoadFile(Path.Combine(TestCatalog.RepoRoot, "standards", "mappings", "nhs-staff-survey-organisations.yaml")).CsvMappings.Single();

    [Fact]
    public void Import_RealStaffSurveyCsv_AllRowsEvaluateAndMissingMeasuresAreInsufficientEvidence()
    {
        var csv = TestCatalog.StaffSurveyCsv;
        if (csv is null)
        {
            output.WriteLine("SKIPPED: the NHS Staff Survey CSV was not found (set INCLUSION_SHARED_DATA or place shared/data beside the repository).");
            return;
        }

        var watch = Stopwatch.StartNew();
        var results = new BatchEvaluator(TestCatalog.Standards).Evaluate(CsvEvidenceImporter.Read(csv, Mapping, TestCatalog.Standards.Evidence), null).ToList();
        output.WriteLine($"{results.Count} rows in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(544, results.Count);
        Assert.All(results, r => Assert.True(r.Assessment is not null, string.Join("\n", r.Diagnostics)));
        var first = results[0].Assessment!;
        Assert.Equal("00L", first.Organisation.OdsCode);
        Assert.Equal(new AssessmentPeriod(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), first.Period);

        // The file has no WRES breakdown: the race-gap criterion lacks evidence, it is not failed.
        var raceGaps = first.Criteria.Single(c => c.CriterionId == "inc-s5-race-gaps");
        Assert.Equal(Outcome.InsufficientEvidence, raceGaps.Outcome);
        Assert.NotEmpty(raceGaps.MissingEvidence);
        Assert.DoesNotContain(results.SelectMany(r => r.Assessment!.Criteria), c => c.Outcome == Outcome.NotMet && c.MissingEvidence.Length > 0);
    }

    [Fact]
    public void Import_BadCell_IsReportedAtItsLineAndColumnAndOtherRowsImport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.csv");
        var header = "ODS code,Year,Organisation name,Benchmarking group,Region,ICS/STP,Weighting,Respondents";
        var columns = Mapping.Evidence.Values.Select(c => c.Column).Concat(Mapping.Organisation.Values.Select(c => c.Column)).Append("Year").Distinct().ToList();
        var extra = columns.Where(c => !header.Split(',').Contains(c)).ToList();
        var full = header + (extra.Count > 0 ? "," + string.Join(",", extra) : string.Empty);
        var good = "RXX,2022,Good Trust,Acute and Acute & Community Trusts,London,NCL,Unweighted,1200" + string.Concat(extra.Select(_ => ",NA"));
        var bad = "RYY,2022,Bad Trust,Acute and Acute & Community Trusts,London,NCL,Unweighted,lots" + string.Concat(extra.Select(_ => ",NA"));
        File.WriteAllText(path, string.Join("\n", full, good, bad) + "\n");
        try
        {
            var results = CsvEvidenceImporter.Read(path, Mapping, TestCatalog.Standards.Evidence).ToList();
            Assert.Equal(2, results.Count);
            Assert.True(results[0].Succeeded);
            var error = Assert.Single(results[1].Diagnostics, d => d.IsError);
            Assert.Equal(3, error.Location!.Line);
            Assert.Equal(8, error.Location.Column);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_RowWithTooFewOrTooManyFields_IsReportedAndNotEvaluated()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.csv");
        var columns = Mapping.Evidence.Values.Select(c => c.Column).Concat(Mapping.Organisation.Values.Select(c => c.Column)).Append("Year").Distinct().ToList();
        string Row(string ods) => string.Join(",", columns.Select(c => c switch
        {
            "ODS code" => ods,
            "Year" => "2022",
            "Organisation name" => ods + " Trust",
            _ => "NA",
        }));
        var good = Row("RXX");
        var cut = string.Join(",", Row("RYY").Split(',').Take(5));
        var extra = Row("RZZ") + ",Surrey, Sussex";
        File.WriteAllText(path, string.Join("\n", string.Join(",", columns), good, cut, extra) + "\n");
        try
        {
            var results = CsvEvidenceImporter.Read(path, Mapping, TestCatalog.Standards.Evidence).ToList();
            Assert.Equal(3, results.Count);
            Assert.DoesNotContain(results[0].Diagnostics, d => d.Code == EvidenceCodes.CsvRowWidth);
            foreach (var (result, line) in new[] { (results[1], 3), (results[2], 4) })
            {
                Assert.False(result.Succeeded);
                var error = Assert.Single(result.Diagnostics);
                Assert.Equal(EvidenceCodes.CsvRowWidth, error.Code);
                Assert.Equal((path, line, 1), (error.Location!.File, error.Location.Line, error.Location.Column));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_MappingNamesAColumnTheFileLacks_IsOneEvd110PerColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "ODS code,Year,Organisation name\nRXX,2022,Trust\n");
        try
        {
            var result = Assert.Single(CsvEvidenceImporter.Read(path, Mapping, TestCatalog.Standards.Evidence));
            Assert.Null(result.Document);
            Assert.All(result.Diagnostics, d => Assert.Equal(EvidenceCodes.CsvColumn, d.Code));
            Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Benchmarking group'", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_HeaderRepeatsAMappedColumn_IsAnErrorAtTheCopy()
    {
        var columns = Mapping.Organisation.Values.Concat(Mapping.Evidence.Values).Select(c => c.Column).Append(Mapping.Period.Column).Distinct().ToList();
        var header = columns.Append("Stress_rate").ToList();
        var path = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join(",", header.Select(h => $"\"{h}\"")) + "\n");
        try
        {
            var result = Assert.Single(CsvEvidenceImporter.Read(path, Mapping, TestCatalog.Standards.Evidence));
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(EvidenceCodes.CsvColumn, d.Code);
            Assert.Equal((1, header.Count), (d.Location!.Line, d.Location.Column));
            Assert.Contains("'Stress_rate' 2 times", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
