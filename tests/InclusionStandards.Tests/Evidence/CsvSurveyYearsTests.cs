using InclusionStandards.Assessments;
using InclusionStandards.Evidence;
using InclusionStandards.Model;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;
using Xunit.Abstractions;

namespace InclusionStandards.Tests.Evidence;

/// <summary>
/// The shipped survey mapping on the layouts the published files have had: the ICS in <c>ICS/STP</c> (2022) or in
/// <c>ICS</c> (2023 on, <c>ICS/STP</c> then NA), the 2021 rows with Region and ICS/STP swapped, <c>&lt;NA&gt;</c> cells.
/// </summary>
public sealed class CsvSurveyYearsTests(ITestOutputHelper output)
{
    private static InclusionStandards.Model.CsvMapping Mapping =>
        StandardsLoader.LoadFile(Path.Combine(TestCatalog.RepoRoot, "standards", "mappings", "nhs-staff-survey-organisations.yaml")).CsvMappings.Single();

    private static readonly List<string> Columns =
        [.. Mapping.Organisation.Values.SelectMany(c => c.Fallback is null ? [c.Column] : new[] { c.Column, c.Fallback })
            .Concat(Mapping.Evidence.Values.Select(c => c.Column)).Append(Mapping.Period.Column).Distinct()];

    private static string Row(string ods, string year, string region, string icsStp, string ics, Dictionary<string, string>? cells = null) =>
        string.Join(",", Columns.Select(c => c switch
        {
            "ODS code" => ods,
            "Year" => year,
            "Organisation name" => ods + " Trust",
            "Benchmarking group" => "Acute and Acute & Community Trusts",
            "Region" => region,
            "ICS/STP" => icsStp,
            "ICS" => ics,
            "Weighting" => "Unweighted",
            _ when cells is not null && cells.TryGetValue(c, out var v) => v,
            _ => "NA",
        }));

    private static List<EvidenceReadResult> Import(params string[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"survey-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join("\n", rows.Prepend(string.Join(",", Columns.Select(c => c.Contains('/') || c.Contains(' ') ? $"\"{c}\"" : c)))) + "\n");
        try
        {
            return [.. CsvEvidenceImporter.Read(path, Mapping, TestCatalog.Standards.Evidence)];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Ics_IsReadFromIcsWhenIcsStpIsNa_AsInTheFilesFrom2023()
    {
        var result = Assert.Single(Import(Row("RXX", "2023", "London", "NA", "North Central London")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(("London", "North Central London"), (result.Document!.Organisation.Region, result.Document.Organisation.Ics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Ics_IsReadFromIcsStpWhenIcsIsNa_AsIn2022()
    {
        var result = Assert.Single(Import(Row("RXX", "2022", "Midlands", "Lincolnshire", "NA")));
        Assert.Equal(("Midlands", "Lincolnshire"), (result.Document!.Organisation.Region, result.Document.Organisation.Ics));
    }

    [Fact]
    public void RegionAndIcsSwapped_AsIn2021_AreReadTheRightWayRoundWithAWarningAtTheCell()
    {
        var result = Assert.Single(Import(Row("RXX", "2021", "Healthier Lancashire and South Cumbria", "North West", "NA")));
        Assert.True(result.Succeeded);
        Assert.Equal(("North West", "Healthier Lancashire and South Cumbria"), (result.Document!.Organisation.Region, result.Document.Organisation.Ics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((EvidenceCodes.CsvColumnsSwapped, false), (warning.Code, warning.IsError));
        Assert.Equal((2, Columns.IndexOf("Region") + 1), (warning.Location!.Line, warning.Location.Column));
    }

    [Fact]
    public void NaInAngleBrackets_IsMissingEvidence_NotARejectedRow()
    {
        var rows = Import(
            Row("RXX", "2022", "London", "<NA>", "NA", new() { ["Discrimination_internal_rate"] = "<NA>", ["Discrimination_internal_base"] = "<NA>", ["Respondents"] = "<NA>" }),
            Row("RYY", "2022", "-", "-", "NA"));
        Assert.All(rows, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        Assert.Null(rows[0].Document!.Organisation.Ics);
        Assert.Equal((null, null), (rows[1].Document!.Organisation.Region, rows[1].Document!.Organisation.Ics)); // "-" means none

        var assessment = new Evaluator(TestCatalog.Standards).Evaluate(rows[0].Document!, new DateOnly(2023, 3, 31));
        var discrimination = assessment.Criteria.Single(c => c.CriterionId == "inc-s5-discrimination-overall");
        Assert.Equal(Outcome.InsufficientEvidence, discrimination.Outcome);
        Assert.Contains(discrimination.MissingEvidence, p => p.StartsWith("staffSurvey.discriminationInternal", StringComparison.Ordinal));
    }

    [Fact]
    public void RegionAndIcs_ReachTheAssessmentJsonAndTheReports()
    {
        var doc = Assert.Single(Import(Row("RXX", "2023", "London", "NA", "North Central London"))).Document!;
        var assessment = new Evaluator(TestCatalog.Standards).Evaluate(doc, new DateOnly(2024, 3, 31));
        var json = InclusionStandards.Assessments.Json.AssessmentJson.Serialize(assessment);
        Assert.Contains("\"region\": \"London\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ics\": \"North Central London\"", json, StringComparison.Ordinal);
        Assert.Equal(assessment.Organisation, InclusionStandards.Assessments.Json.AssessmentJson.Deserialize(json).Organisation);
        Assert.Contains("North Central London", InclusionStandards.Reports.HtmlReport.Render(assessment), StringComparison.Ordinal);
        Assert.Contains("- **ICS:** North Central London", InclusionStandards.Reports.MarkdownReport.Render(assessment), StringComparison.Ordinal);
    }

    [Fact]
    public void RealFile_EveryRowWithARegionHasAnNhsEnglandRegion_And2021RowsAreUnswapped()
    {
        var csv = TestCatalog.StaffSurveyCsv;
        if (csv is null)
        {
            output.WriteLine("SKIPPED: the NHS Staff Survey CSV was not found.");
            return;
        }

        var results = CsvEvidenceImporter.Read(csv, Mapping, TestCatalog.Standards.Evidence).ToList();
        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        var regions = Mapping.Organisation["region"].Known;
        var organisations = results.Select(r => r.Document!.Organisation).ToList();
        Assert.All(organisations.Where(o => o.Region is not null), o => Assert.Contains(o.Region, regions));
        Assert.True(organisations.Count(o => o.Ics is not null) > 400, "most trusts carry their ICS");
        Assert.True(results.Count(r => r.Diagnostics.Any(d => d.Code == EvidenceCodes.CsvColumnsSwapped)) > 200, "the 2021 rows are swapped in the file");
    }
}
