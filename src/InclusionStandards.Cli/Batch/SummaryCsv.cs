using System.Globalization;
using System.Text;
using InclusionStandards.Assessments;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// <c>summary.csv</c> of <c>evaluate --out-dir</c>: one row per organisation and period (RFC 4180, UTF-8, <c>\n</c>
/// rows): organisation, period, each headline scope's rating, score and change since the previous period, the counts
/// of outcomes, the criteria that improved or declined, and the report's file name.
/// </summary>
internal static class SummaryCsv
{
    public static void Write(TextWriter w, BatchPipeline batch, IReadOnlyDictionary<BatchEntry, string> reports, IReadOnlyList<string> headlines)
    {
        var header = new List<string> { "odsCode", "name", "type", "region", "ics", "periodStart", "periodEnd" };
        foreach (var h in headlines)
        {
            header.AddRange([$"{h} rating", $"{h} score", $"{h} previous rating", $"{h} score change"]);
        }

        header.AddRange(["met", "partiallyMet", "notMet", "insufficientEvidence", "notApplicable", "previousPeriodEnd", "criteriaImproved", "criteriaDeclined", "criteriaChanged", "report"]);
        w.Write(string.Join(",", header.Select(Cell)) + "\n");
        foreach (var e in batch.Entries)
        {
            var d = e.Digest;
            var t = batch.TrendOf(e);
            var row = new List<string> { d.Organisation.OdsCode, d.Organisation.Name, d.Organisation.Type, d.Region ?? "", d.Ics ?? "", Date(d.Period.Start), Date(d.Period.End) };
            var ratings = d.Ratings.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var changes = t?.Ratings.ToDictionary(r => r.ScopeId, StringComparer.Ordinal) ?? [];
            foreach (var h in headlines)
            {
                var (_, rating, score) = ratings.GetValueOrDefault(h);
                var change = changes.GetValueOrDefault(h);
                row.AddRange([rating ?? "", Number(score), change?.Previous ?? "", change is { PreviousScore: { } p, Score: { } s } ? Number(Math.Round(s - p, 10)) : ""]);
            }

            row.AddRange(d.OutcomeCounts.Select(c => c.ToString(CultureInfo.InvariantCulture)));
            row.AddRange([t is null ? "" : Date(t.PreviousPeriod.End), Count(t, "improved"), Count(t, "declined"), Count(t, "changed"), reports[e]]);
            w.Write(string.Join(",", row.Select(Cell)) + "\n");
        }
    }

    /// <summary>A CSV cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.Length > 1 && value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Count(AssessmentTrend? t, string direction) => t is null ? "" : t.Criteria.Count(c => c.Direction == direction).ToString(CultureInfo.InvariantCulture);

    private static string Number(double? v) => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
