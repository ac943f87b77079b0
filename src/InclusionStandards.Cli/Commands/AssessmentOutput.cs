using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Reports;

namespace InclusionStandards.Cli.Commands;

/// <summary>Writes evaluation results in the chosen format, streaming where the format allows.</summary>
internal static class AssessmentOutput
{
    /// <summary>Writes the results; reports each bad input on <paramref name="error"/>; returns how many inputs were bad and how many were evaluated.</summary>
    public static (int Bad, int Evaluated) Write(IEnumerable<BatchResult> results, string format, bool jsonl, bool many, TextWriter output, TextWriter error)
    {
        var bad = 0;
        var good = 0;
        IEnumerable<Assessment> Good()
        {
            foreach (var r in results)
            {
                foreach (var d in r.Diagnostics)
                {
                    error.WriteLine(d);
                }

                if (r.Assessment is null)
                {
                    bad++;
                    error.WriteLine($"{r.Source}: not evaluated (bad evidence).");
                    continue;
                }

                good++;
                yield return r.Assessment;
            }
        }

        if (jsonl)
        {
            using var lines = new AssessmentJsonLinesWriter(output, leaveOpen: true);
            foreach (var a in Good())
            {
                lines.Write(a);
            }

            return (bad, good);
        }

        switch (format)
        {
            case "md":
            case "html":
                var all = Good().ToList();
                if (all.Count == 1 && !many)
                {
                    output.Write(format == "md" ? MarkdownReport.Render(all[0]) : HtmlReport.Render(all[0]));
                }
                else if (all.Count > 0)
                {
                    output.Write(format == "md" ? MarkdownReport.RenderComparison(all) : HtmlReport.RenderComparison(all));
                }

                return (bad, good);
            default:
                WriteJson(Good(), many, output);
                return (bad, good);
        }
    }

    private static void WriteJson(IEnumerable<Assessment> assessments, bool many, TextWriter output)
    {
        if (!many)
        {
            foreach (var a in assessments)
            {
                output.Write(AssessmentJson.Serialize(a));
                output.Write('\n');
            }

            return;
        }

        output.Write("[");
        var first = true;
        foreach (var a in assessments)
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(AssessmentJson.Serialize(a).TrimEnd());
            first = false;
        }

        output.Write(first ? "]\n" : "\n]\n");
    }
}
