using System.CommandLine;
using System.Diagnostics;
using InclusionStandards.Assessments;
using InclusionStandards.Cli.Batch;
using InclusionStandards.Cli.Output;
using InclusionStandards.Evaluation;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// <c>inclusion evaluate EVIDENCE… [--standards DIR] [--format json|md|html] [--out PATH] [--jsonl] [--date YYYY-MM-DD] [--mapping FILE] [--out-dir DIR] [--history DIR|FILE] [--engine own|nrules|direct]</c>:
/// evaluates evidence files, folders and CSV files; exit 0 when every input was evaluated, 2 when any input was bad
/// (the good ones are still evaluated and written).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var evidence = new Argument<string[]>("evidence") { Description = "Evidence files (YAML or JSON), folders of them, or CSV files.", Arity = ArgumentArity.OneOrMore };
        var standards = new Option<string?>("--standards") { Description = "A standards directory (default: the standards embedded in the tool)." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: json, md or html.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Stream one JSON object per line (for large batches; memory stays flat)." };
        var date = new Option<string?>("--date") { Description = "The assessment date, YYYY-MM-DD (default: each file's assessmentDate, else its period end)." };
        var mapping = new Option<string?>("--mapping") { Description = "The CSV column mapping (kind: csv-mapping) for CSV inputs (default: the shipped mapping)." };
        var outDirOption = new Option<string?>("--out-dir") { Description = "Write a folder: index.html (every organisation and period, sortable and filterable, linked to its report), summary.csv and one HTML report per organisation and period. Replaced as a whole on a rerun." };
        var historyOption = new Option<string?>("--history") { Description = "Earlier results (a results file, an array, JSON Lines, or a folder of them) to compare with: each later period gets a trend." };
        var engine = EvaluationSetup.EngineOption();
        var command = new Command("evaluate", "Evaluate organisations' evidence against the standards.") { evidence, standards, format, output, jsonl, date, mapping, outDirOption, historyOption, engine };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!EvaluationSetup.TryReadDate(parse.GetValue(date), stderr, out var when))
            {
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(jsonl) && parse.GetValue(format) is { } asked && asked != "json")
            {
                stderr.WriteLine($"error {CliCodes.JsonLinesWithFormat}: --jsonl writes JSON Lines; it cannot be combined with --format {asked}.");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(output) is { } outTarget)
            {
                // Never an input of this run, a link, a device or a FIFO; the directory must exist (CLI004, CLI020).
                OutputPaths.CheckFile(outTarget, [.. parse.GetValue(evidence) ?? [], parse.GetValue(mapping) ?? string.Empty, parse.GetValue(standards) ?? string.Empty, parse.GetValue(historyOption) ?? string.Empty]);
            }

            var outDir = parse.GetValue(outDirOption);
            if (outDir is not null && OutDirWriter.Check(outDir) is { } outDirProblem)
            {
                stderr.WriteLine(outDirProblem);
                return ExitCodes.BadInput;
            }

            var (compiled, _) = EvaluationSetup.Compile(parse.GetValue(standards), stderr, EvaluationSetup.Engine(parse.GetValue(engine)));
            if (compiled is null)
            {
                return ExitCodes.BadInput;
            }

            var files = EvaluationSetup.ExpandPaths(parse.GetValue(evidence) ?? []);
            if (files.Count == 0)
            {
                stderr.WriteLine($"error {CliCodes.NoEvidenceFiles}: no evidence files in {string.Join(", ", (parse.GetValue(evidence) ?? []).Select(p => $"'{p}'"))} (a folder is read at its top level: *.yaml, *.yml, *.json, *.csv); nothing was evaluated.");
                return ExitCodes.BadInput;
            }

            var many = files.Count != 1 || files.Any(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
            if (many && !parse.GetValue(jsonl) && parse.GetValue(format) is "md" or "html" && ComparisonLimit.Check(files, parse.GetValue(format)!) is { } tooMany)
            {
                stderr.WriteLine(tooMany); // CLI040: one page holds every assessment in memory
                return ExitCodes.BadInput;
            }

            var mappingPath = parse.GetValue(mapping);
            var csvMapping = mappingPath is not null || files.Any(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                ? EvaluationSetup.Mapping(mappingPath, parse.GetValue(standards), stderr)
                : null;
            if (mappingPath is not null && csvMapping is null)
            {
                return ExitCodes.BadInput; // a mapping that was asked for and cannot be used: its diagnostics are printed
            }

            if (csvMapping is not null && compiled.Evidence.CheckMapping(csvMapping) is { Count: > 0 } mappingErrors)
            {
                foreach (var d in mappingErrors)
                {
                    stderr.WriteLine(d);
                }

                return ExitCodes.BadInput;
            }
            var history = new List<AssessmentDigest>();
            if (parse.GetValue(historyOption) is { } historyPath)
            {
                if (HistoryReader.Read(historyPath, stderr) is not { } read)
                {
                    return ExitCodes.BadInput;
                }

                history = read;
            }

            var clock = Stopwatch.StartNew();
            var inputs = BatchEvaluator.RefuseDuplicates(EvaluationSetup.Read(files, compiled, csvMapping)); // EVD119: one organisation-period once
            var batch = new BatchEvaluator(compiled);
            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? "json";
            var lines = parse.GetValue(jsonl);
            using var pipeline = BatchProgress.Run(many ? BatchProgress.Count(files) : null, tick => BatchPipeline.Run(batch, inputs, when, history, tick, stderr, outDir is not null));
            var evaluated = pipeline.Entries.Count;
            var bad = pipeline.Rejected.Count;
            if (evaluated == 0 && bad == 0)
            {
                stderr.WriteLine($"error {CliCodes.NoOrganisation}: the evidence holds no organisation (a CSV file with only its header row?); nothing was evaluated{(outPath is null && outDir is null ? "" : " or written")}.");
                return ExitCodes.BadInput;
            }

            if (outDir is not null)
            {
                OutDirWriter.Write(outDir, pipeline);
            }

            if (outPath is not null)
            {
                // When every input was bad, nothing is written: an existing output is kept, not replaced by an empty one.
                AtomicFile.Write(outPath, w =>
                {
                    AssessmentOutput.Write(pipeline, fmt, lines, many, w);
                    return evaluated > 0;
                });
            }
            else if (outDir is null)
            {
                AssessmentOutput.Write(pipeline, fmt, lines, many, stdout);
            }

            if (many)
            {
                stderr.WriteLine(BatchProgress.Summary(evaluated, bad, clock) + (outDir is null ? "" : $" Reports, index.html and summary.csv in {outDir}."));
            }

            return bad > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
