using System.CommandLine;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// <c>inclusion explain EVIDENCE --criterion ID[KEY] [--standards DIR] [--date YYYY-MM-DD]</c>: why a criterion has its
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
        var command = new Command("explain", "Explain the outcome of one criterion for one organisation.") { evidence, criterion, standards, date };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var (compiled, _) = EvaluationSetup.Compile(parse.GetValue(standards), error);
            if (compiled is null)
            {
                return ExitCodes.BadInput;
            }

            var read = compiled.Evidence.ReadFile(parse.GetValue(evidence)!);
            foreach (var d in read.Diagnostics)
            {
                error.WriteLine(d);
            }

            if (!read.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            var doc = read.Document!;
            DateOnly? when = parse.GetValue(date) is { } t && DateOnly.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var d1) ? d1 : null;
            var assessment = new Evaluator(compiled).Evaluate(doc, when ?? doc.AssessmentDate ?? doc.Period.End);
            var wanted = parse.GetValue(criterion)!;
            var bracket = wanted.IndexOf('[', StringComparison.Ordinal);
            var id = bracket < 0 ? wanted : wanted[..bracket];
            var key = bracket < 0 ? null : wanted[(bracket + 1)..].TrimEnd(']');
            var result = assessment.Criteria.FirstOrDefault(c => c.CriterionId == id);
            if (key is not null)
            {
                result = result?.Elements.FirstOrDefault(e => e.Subject == key);
            }

            if (result is null)
            {
                var close = assessment.Criteria.Select(c => c.CriterionId).Where(c => c.StartsWith(id.Split('-')[0], StringComparison.Ordinal)).Take(5).ToList();
                var hint = close.Count > 0 ? $" Criteria with that prefix: {string.Join(", ", close)}." : string.Empty;
                error.WriteLine($"error CLI003: no criterion '{wanted}' in the evaluated standards.{hint}");
                return ExitCodes.BadInput;
            }

            Explanation.Write(output, result, compiled);
            return ExitCodes.Ok;
        });
        return command;
    }
}
