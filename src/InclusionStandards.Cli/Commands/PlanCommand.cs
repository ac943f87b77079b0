using InclusionStandards.Assessments;
using System.CommandLine;
using InclusionStandards.Cli.Output;
using InclusionStandards.Reports;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// <c>inclusion plan EVIDENCE [--format md|csv|html] [--out PATH] [--standards DIR] [--date YYYY-MM-DD]</c>: the draft
/// action plan from one organisation's assessment — one row per not-met or partly-met criterion with an authored action,
/// its owner role, due date and sources. Exit 0 evaluated, 2 bad input.
/// </summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var evidence = new Argument<string>("evidence") { Description = "One evidence file (YAML or JSON)." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: md, csv or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "csv", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var standards = new Option<string?>("--standards") { Description = "A standards directory (default: the standards embedded in the tool)." };
        var date = new Option<string?>("--date") { Description = "The assessment date, YYYY-MM-DD (default: the file's assessmentDate, else its period end)." };
        var command = new Command("plan", "Write the draft action plan from an organisation's assessment.") { evidence, format, output, standards, date };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!EvaluationSetup.TryReadDate(parse.GetValue(date), stderr, out var when))
            {
                return ExitCodes.BadInput;
            }

            var file = parse.GetValue(evidence)!;
            if (string.Equals(Path.GetExtension(file), ".csv", StringComparison.OrdinalIgnoreCase) || Directory.Exists(file))
            {
                stderr.WriteLine($"error {CliCodes.NotOneEvidenceFile}: plan reads one organisation's evidence file (YAML or JSON); '{file}' is not one. Evaluate many with 'inclusion evaluate'.");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(output) is { } target)
            {
                // Never the evidence or a standards file of this run, a link, a device or a FIFO; the directory must exist (CLI004, CLI020).
                OutputPaths.CheckFile(target, [file, parse.GetValue(standards) ?? string.Empty]);
            }

            var (compiled, _) = EvaluationSetup.Compile(parse.GetValue(standards), stderr);
            if (compiled is null)
            {
                return ExitCodes.BadInput;
            }

            var evaluated = new BatchEvaluator(compiled).Evaluate([compiled.Evidence.ReadFile(file)], when).Single();
            foreach (var d in evaluated.Diagnostics)
            {
                stderr.WriteLine(d);
            }

            if (evaluated.Assessment is not { } assessment)
            {
                return ExitCodes.BadInput;
            }

            var text = parse.GetValue(format) switch
            {
                "csv" => ActionPlanReport.Csv(assessment),
                "html" => ActionPlanReport.Html(assessment),
                _ => ActionPlanReport.Markdown(assessment),
            };
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, w =>
                {
                    w.Write(text);
                    return true;
                });
            }
            else
            {
                stdout.Write(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
