namespace InclusionStandards.Cli.Output;

/// <summary>An output that is refused or cannot be written; the CLI prints it as a coded diagnostic (exit 2), never a stack trace.</summary>
internal sealed class OutputException(string code, string message) : Exception(message)
{
    /// <summary>CLI020 (refused: an input, a link, a device) or CLI021 (the system refused the write).</summary>
    public string Code { get; } = code;
}
