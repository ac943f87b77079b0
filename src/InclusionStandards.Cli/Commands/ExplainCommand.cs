using System.CommandLine;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// <c>inclusion explain EVIDENCE --criterion ID[KEY] [--standards DIR] [--date YYYY-MM-DD] [--engine own|nrules|direct]</c>: why a criterion has its
/// outcome — the condition and the values it saw, the rules that fired, the facts matched and the evidence that would change it.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var evidence = new Argument<string>("evidence") { Description = "One evidence file (YAML or JSON)." };
        var criterion = new Option<string>("--criterion", "-c") { Description = "The criterion id, or id[key] for one element.", Required = true };
        var standards = new Option<string?>("--standards") { Description = "A standards directory (default: the embedded standards)." };
        var date = new Option<string?>("--date") { Description = "The assessment date, YYYY-MM-DD (default: the file's assessmentDate, else its period end)." };
        var engine = EvaluationSetup.EngineOption();
        var command = new Command("explain", "Explain the outcome of one criterion for one organisation.") { evidence, criterion, standards, date, engine };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!EvaluationSetup.TryReadDate(parse.GetValue(date), error, out var when))
            {
                return ExitCodes.BadInput;
            }

            if (string.Equals(Path.GetExtension(parse.GetValue(evidence)), ".csv", StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine($"error {CliCodes.NotOneEvidenceFile}: explain reads one organisation's evidence file (YAML or JSON); '{parse.GetValue(evidence)}' is a CSV. Evaluate it with 'inclusion evaluate', or explain one organisation from its own evidence file.");
                return ExitCodes.BadInput;
            }

            var (compiled, _) = EvaluationSetup.Compile(parse.GetValue(standards), error, EvaluationSetup.Engine(parse.GetValue(engine)));
            if (compiled is null)
            {
                return ExitCodes.BadInput;
            }

            // Evaluated as one input of a batch, so the evidence and the date get the checks `evaluate` gives them.
            var evaluated = new BatchEvaluator(compiled).Evaluate([compiled.Evidence.ReadFile(parse.GetValue(evidence)!)], when).Single();
            foreach (var d in evaluated.Diagnostics)
            {
                error.WriteLine(d);
            }

            if (evaluated.Assessment is not { } assessment)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parse.GetValue(criterion)!;
            var bracket = wanted.IndexOf('[', StringComparison.Ordinal);
            if (bracket == 0 || (bracket > 0 && (!wanted.EndsWith(']') || wanted.Length - bracket < 3 || wanted.AsSpan(bracket + 1, wanted.Length - bracket - 2).IndexOfAny('[', ']') >= 0)) || (bracket < 0 && wanted.Contains(']', StringComparison.Ordinal)))
            {
                error.WriteLine($"error {CliCodes.UnknownCriterion}: --criterion '{Diagnostics.DiagnosticText.Escape(wanted)}' is not an id or id[element] (e.g. lcf-member-edi-objective[bm-01]).");
                return ExitCodes.BadInput;
            }

            var id = bracket < 0 ? wanted : wanted[..bracket];
            var key = bracket < 0 ? null : wanted[(bracket + 1)..].TrimEnd(']');
            var result = assessment.Criteria.FirstOrDefault(c => c.CriterionId == id);
            if (result is not null && key is not null)
            {
                var element = result.Elements.FirstOrDefault(e => e.Subject == key);
                if (element is null)
                {
                    var keys = result.Elements.Select(e => e.Subject).ToList();
                    error.WriteLine(keys.Count == 0
                        ? $"error {CliCodes.UnknownCriterion}: criterion '{id}' is not evaluated per element, so it has no '[{key}]'; ask for '{id}'."
                        : $"error {CliCodes.UnknownCriterion}: criterion '{id}' has no element '{key}' for this organisation; its elements: {string.Join(", ", keys.Take(10))}{(keys.Count > 10 ? ", …" : string.Empty)}.");
                    return ExitCodes.BadInput;
                }

                result = element;
            }

            if (result is null)
            {
                var prefix = id.Split('-')[0];
                var close = prefix.Length == 0 ? [] : assessment.Criteria.Select(c => c.CriterionId).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Take(5).ToList();
                var hint = close.Count > 0 ? $" Criteria with that prefix: {string.Join(", ", close)}." : string.Empty;
                error.WriteLine($"error {CliCodes.UnknownCriterion}: no criterion '{Diagnostics.DiagnosticText.Escape(wanted)}' in the evaluated standards.{hint}");
                return ExitCodes.BadInput;
            }

            Explanation.Write(output, result, compiled);
            return ExitCodes.Ok;
        });
        return command;
    }
}
