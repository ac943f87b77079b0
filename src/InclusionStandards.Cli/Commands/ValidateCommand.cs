using System.CommandLine;
using InclusionStandards.Cli.Output;

namespace InclusionStandards.Cli.Commands;

/// <summary><c>inclusion validate [PATH…] [--format text|json|sarif]</c>: load and check standards; exit 0 clean, 1 errors.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = StandardsInput.PathsArgument();
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or sarif (SARIF 2.1.0 for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("validate", "Load and check standards files; prints file:line:col: error CODE: message.") { paths, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var result = StandardsInput.Load(parse.GetValue(paths));
            var diagnostics = result.Diagnostics;
            switch (parse.GetValue(format))
            {
                case "json":
                    DiagnosticWriter.WriteJson(output, diagnostics, result.Files.Length);
                    break;
                case "sarif":
                    DiagnosticWriter.WriteSarif(output, diagnostics);
                    break;
                default:
                    DiagnosticWriter.WriteText(output, diagnostics, result.Files.Length);
                    break;
            }

            return result.HasErrors ? ExitCodes.Errors : ExitCodes.Ok;
        });
        return command;
    }
}
