using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading.Yaml;

/// <summary>Internal signal that stops reading a file; carries the diagnostic to report. Never escapes the reader.</summary>
internal sealed class YamlLimitException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
