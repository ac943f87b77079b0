namespace InclusionStandards.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used as it is.</summary>
    Error,

    /// <summary>The input can be used, but something is probably wrong.</summary>
    Warning,

    /// <summary>Information for the author.</summary>
    Info,
}
