using InclusionStandards.Cli;

namespace InclusionStandards.Cli.Tests.Commands;

/// <summary>Runs the CLI in-process, capturing output, error and the exit code.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
