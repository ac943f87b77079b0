namespace InclusionStandards.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success (clean, evaluated, all tests passed).</summary>
    public const int Ok = 0;

    /// <summary>The input has errors (validation errors, failing tests).</summary>
    public const int Errors = 1;

    /// <summary>The input could not be used at all (bad arguments, unreadable files, an unexpected failure).</summary>
    public const int BadInput = 2;
}
