using System.CommandLine;
using InclusionStandards.Cli.Commands;

namespace InclusionStandards.Cli;

/// <summary>Builds the <c>inclusion</c> root command (one file per command under Commands/) and runs it safely.</summary>
internal static partial class CliApp
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\S.*:\d+:\d+: )?error [A-Z]{3}\d{3}: ")]
    private static partial System.Text.RegularExpressions.Regex CodedLine();

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("inclusion: validate, document, diff and evaluate NHS inclusive-leadership standards.");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(DocsCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(TestCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; never lets an exception escape (prints a diagnostic and returns 2).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Standard error carries diagnostics that quote input: terminal controls in it are escaped, whoever wrote them.
        error = error as Output.TerminalSafeWriter ?? new Output.TerminalSafeWriter(error);
        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            var root = BuildRoot();
            if (OptionCheck.Find(root, args) is { } unknown)
            {
                error.WriteLine(unknown);
                return ExitCodes.BadInput;
            }

            ResponseFiles.Reset();
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = ResponseFiles.TryRead });
            if (parse.Errors.Count > 0)
            {
                // Every parse error is a coded diagnostic (CLI034: a value not among those allowed, a missing argument or
                // command, an extra argument), not the parser's bare text; nothing runs.
                foreach (var e in parse.Errors)
                {
                    error.WriteLine(CodedLine().IsMatch(e.Message) ? e.Message : $"error {CliCodes.CommandLineInvalid}: {Diagnostics.DiagnosticText.Escape(e.Message)}");
                }

                var command = parse.CommandResult.Command;
                error.WriteLine($"See 'inclusion{(command == root ? string.Empty : " " + command.Name)} --help'. Nothing was run.");
                return ExitCodes.BadInput;
            }

            var exit = parse.Invoke(config);
            return parse.Errors.Count > 0 && exit != ExitCodes.Ok ? ExitCodes.BadInput : exit;
        }
        catch (Output.OutputException e)
        {
            error.WriteLine($"error {e.Code}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            error.WriteLine($"error {CliCodes.UnexpectedFailure}: {e.GetType().Name}: {Diagnostics.DiagnosticText.Escape(e.Message)}");
            return ExitCodes.BadInput;
        }
    }
}
