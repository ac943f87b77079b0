using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests.Batch;

/// <summary>
/// Writes a synthetic staff-survey CSV with the columns the shipped mapping reads: organisations of two benchmarking
/// groups over the years given, values varying by organisation and year, and optionally one row that cannot be read.
/// </summary>
internal static partial class SurveyCsv
{
    public static readonly string[] Acute = ["RA1", "RA2", "RA3", "RA4", "RA5", "RA6"];

    public static readonly string[] Ambulance = ["RX1", "RX2"];

    public static string Write(string dir, string name, int[] years, bool badRow = false, bool swapRegionAndIcs = false)
    {
        var mapping = File.ReadAllText(Path.Combine(RepoRoot, "standards", "mappings", "nhs-staff-survey-organisations.yaml"));
        var columns = Column().Matches(mapping).Select(m => m.Groups[1].Value.Trim().Trim('"')).Distinct().ToList();
        foreach (var required in new[] { "ODS code", "Year", "Organisation name", "Benchmarking group" })
        {
            if (!columns.Contains(required))
            {
                columns.Add(required);
            }
        }

        var sb = new StringBuilder(string.Join(",", columns.Select(Quote)) + "\n");
        foreach (var year in years)
        {
            foreach (var (code, i) in Acute.Concat(Ambulance).Select((c, i) => (c, i)))
            {
                sb.Append(string.Join(",", columns.Select(c => Quote(swapRegionAndIcs && c is "Region" ? "Dorset" : swapRegionAndIcs && c is "ICS/STP" or "ICS" ? "South West" : Cell(c, code, i, year))))).Append('\n');
            }
        }

        if (badRow)
        {
            sb.Append(string.Join(",", columns.Select(c => Quote(c == "Year" ? "not-a-year" : Cell(c, "RBAD", 9, years[0]))))).Append('\n');
        }

        var path = Path.Combine(dir, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static string Cell(string column, string code, int i, int year) => column switch
    {
        "ODS code" => code,
        "Year" => year.ToString(CultureInfo.InvariantCulture),
        "Organisation name" => $"Test {code} NHS Trust",
        "Benchmarking group" => code.StartsWith("RA", StringComparison.Ordinal) ? "Acute and Acute & Community Trusts" : "Ambulance Trusts",
        "Region" or "ICS/STP" or "ICS" => i % 2 == 0 ? "North West" : "London",
        "Weighting" => "Unweighted",
        _ when column.EndsWith("_base", StringComparison.Ordinal) || column == "Respondents" => (400 + (i * 37)).ToString(CultureInfo.InvariantCulture),
        // The religion shares are the parts of one whole (nine of them): they add up to 99.9, not more than 100 (EVD121).
        _ when column.StartsWith("Religion_", StringComparison.Ordinal) => "11.1",
        _ => (10 + (i * 3.5) + ((year - 2020) * 1.25)).ToString(CultureInfo.InvariantCulture),
    };

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    [GeneratedRegex(@"column: ([^,}\n]+)")]
    private static partial Regex Column();
}
