using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading;

/// <summary>The file being read and the diagnostics collected for it.</summary>
internal sealed class FileContext(string file, List<Diagnostic> diagnostics)
{
    public string File { get; } = file;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public void Error(string code, string message, SourceLocation location) => Diagnostics.Add(Diagnostic.Error(code, message, location));

    public void Warning(string code, string message, SourceLocation location) => Diagnostics.Add(Diagnostic.Warning(code, message, location));
}
