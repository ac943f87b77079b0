using System.Text;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Reports;
using InclusionStandards.Server.Storage;

namespace InclusionStandards.Server.Api;

/// <summary>A kept assessment's downloads, rendered by the library from its stored JSON.</summary>
internal static class Downloads
{
    public static readonly (string File, string Label)[] Labelled =
    [
        ("assessment.json", "Assessment (JSON)"),
        ("report.md", "Report (Markdown)"),
        ("report.html", "Report (HTML)"),
        ("plan.csv", "Action plan (CSV)"),
        ("plan.md", "Action plan (Markdown)"),
    ];

    public static readonly string[] Files = [.. Labelled.Select(l => l.File)];

    public static Download? Render(AssessmentRecord record, string file)
    {
        var stem = $"{record.OdsCode}-{record.PeriodEnd}";
        return file switch
        {
            "assessment.json" => new(Encoding.UTF8.GetBytes(record.AssessmentJson), "application/json", $"assessment-{stem}.json"),
            "report.html" => new(Encoding.UTF8.GetBytes(HtmlReport.Render(AssessmentJson.Deserialize(record.AssessmentJson))), "text/html; charset=utf-8", $"report-{stem}.html"),
            "report.md" => new(Encoding.UTF8.GetBytes(MarkdownReport.Render(AssessmentJson.Deserialize(record.AssessmentJson))), "text/markdown; charset=utf-8", $"report-{stem}.md"),
            "plan.csv" => new(Encoding.UTF8.GetBytes(ActionPlanReport.Csv(AssessmentJson.Deserialize(record.AssessmentJson))), "text/csv; charset=utf-8", $"plan-{stem}.csv"),
            "plan.md" => new(Encoding.UTF8.GetBytes(ActionPlanReport.Markdown(AssessmentJson.Deserialize(record.AssessmentJson))), "text/markdown; charset=utf-8", $"plan-{stem}.md"),
            _ => null,
        };
    }
}

/// <summary>A file to send.</summary>
internal sealed record Download(byte[] Content, string ContentType, string FileName);
