using System.CommandLine;
using InclusionStandards.Cli;
using InclusionStandards.Cli.Commands;

// The format team owns the command structure (CliApp); until it lands, the evaluation commands run from here.
var root = new RootCommand("inclusion: evaluate NHS inclusive-leadership standards.")
{
    EvaluateCommand.Create(),
    ExplainCommand.Create(),
    TestCommand.Create(),
};
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"error CLI001: {e.GetType().Name}: {e.Message}");
    return ExitCodes.BadInput;
}
