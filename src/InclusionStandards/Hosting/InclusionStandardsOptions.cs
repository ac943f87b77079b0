using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Hosting;

/// <summary>
/// Options of <see cref="Microsoft.Extensions.DependencyInjection.InclusionStandardsServiceCollectionExtensions.AddInclusionStandards"/>:
/// where the standards come from and the limits on evidence. Validated once, at start, with every error reported
/// together (an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> listing each one); the
/// standards themselves are loaded and compiled as part of that validation, so a broken standards file stops the
/// host from starting rather than failing its first request. Mutable until validated; not thread-safe while
/// being configured.
/// </summary>
public sealed class InclusionStandardsOptions
{
    /// <summary>
    /// Whether the standards embedded in the package are the base layer. Default <see langword="true"/>. When false,
    /// <see cref="StandardsDirectories"/> must give a complete catalog (including an evidence schema).
    /// </summary>
    public bool UseEmbeddedStandards { get; set; } = true;

    /// <summary>
    /// Directories of standards YAML layered, in order, over the embedded standards: a file whose standard has the
    /// same <c>id</c> as one in a lower layer replaces it; other files are added. Folders named <c>tests</c>,
    /// <c>examples</c> and <c>mappings</c> are skipped. Default empty. Each must exist.
    /// </summary>
    public IList<string> StandardsDirectories { get; } = new List<string>();

    /// <summary>
    /// The engine that derives the findings. Default <see cref="StandardsEngine.Own"/>; the InclusionStandards.NRules
    /// package's <c>UseNRules()</c> sets NRules. An engine that cannot take the standards stops the host from starting
    /// (error EVL110); there is no fallback to another engine.
    /// </summary>
    public StandardsEngine Engine { get; set; } = StandardsEngine.Own;

    /// <summary>Limits applied to every evidence document. Default <see cref="Evidence.EvidenceLimits.Default"/>.</summary>
    public EvidenceLimits EvidenceLimits { get; set; } = EvidenceLimits.Default;
}
