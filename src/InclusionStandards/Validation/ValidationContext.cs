using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>What the validation stages share: the catalog, the diagnostics bag and the bound conditions.</summary>
internal sealed class ValidationContext(StandardsCatalog catalog, List<Diagnostic> diagnostics)
{
    public StandardsCatalog Catalog { get; } = catalog;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The bound conditions, once the condition stage has run (null when it could not).</summary>
    public BoundCatalog? Bound { get; set; }

    public void Error(string code, string message, SourceLocation? location) => Diagnostics.Add(Diagnostic.Error(code, message, location));

    public void Warning(string code, string message, SourceLocation? location) => Diagnostics.Add(Diagnostic.Warning(code, message, location));
}
