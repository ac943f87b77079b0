using System.CommandLine;
using InclusionStandards.Cli.Commands;

namespace InclusionStandards.Cli;

/// <summary>Builds the <c>inclusion</c> root command (one file per command under Commands/) and runs it safely.</summary>
internal static class CliApp
{
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
        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            var root = BuildRoot();
            if (OptionCheck.Find(root, args) is { } unknown)
            {
                error.WriteLine(unknown);
                return ExitCodes.BadInput;
            }

            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = ResponseFiles.TryRead });
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
