using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Cli.Batch;
using InclusionStandards.Reports;

namespace InclusionStandards.Cli.Commands;

/// <summary>Writes a batch's results in the chosen format: JSON Lines straight from the records, or documents and reports.</summary>
internal static class AssessmentOutput
{
    /// <summary>
    /// Writes the results: JSON Lines (one compact record per line), one JSON document (one input) or a JSON array of
    /// them (several inputs), or a Markdown/HTML report (one input) or comparison (several).
    /// </summary>
    public static void Write(BatchPipeline batch, string format, bool jsonl, bool many, TextWriter output)
    {
        if (jsonl)
        {
            var text = new Utf8Text(output);
            foreach (var (_, record) in batch.Records())
            {
                text.Write(record.Span);
                output.Write('\n');
            }

            return;
        }

        switch (format)
        {
            case "md":
            case "html":
                var all = batch.Assessments().Select(x => x.Assessment).ToList();
                if (all.Count == 1 && !many)
                {
                    output.Write(format == "md" ? MarkdownReport.Render(all[0]) : HtmlReport.Render(all[0]));
                }
                else if (all.Count > 0)
                {
                    output.Write(format == "md" ? MarkdownReport.RenderComparison(all) : HtmlReport.RenderComparison(all));
                }

                return;
            default:
                WriteJson(batch.Records().Select(x => AssessmentJson.Indent(x.Record.Span)), many, output);
                return;
        }
    }

    /// <summary>Writes the results documents (indented, as <see cref="AssessmentJson.Serialize(Assessment)"/> writes them): one, or an array of many.</summary>
    private static void WriteJson(IEnumerable<string> documents, bool many, TextWriter output)
    {
        if (!many)
        {
            foreach (var a in documents)
            {
                output.Write(a);
                output.Write('\n');
            }

            return;
        }

        output.Write("[");
        var first = true;
        foreach (var a in documents)
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(a.TrimEnd());
            first = false;
        }

        output.Write(first ? "]\n" : "\n]\n");
    }
}
