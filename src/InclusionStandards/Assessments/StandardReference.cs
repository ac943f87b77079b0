namespace InclusionStandards.Assessments;

/// <summary>Provenance: a standard that took part in an assessment. Immutable.</summary>
/// <param name="Id">The standard's id.</param>
/// <param name="Kind">Its kind (<c>domain</c>, <c>framework</c>, …).</param>
/// <param name="Version">Its SemVer version.</param>
/// <param name="Status">draft | proposed | published | retired.</param>
/// <param name="ContentHash">The content hash, <c>sha256:</c> followed by lowercase hex.</param>
public sealed record StandardReference(string Id, string Kind, string Version, string Status, string ContentHash)
{
    /// <summary>Its title, for reports; absent in results written before titles were recorded.</summary>
    public string? Title { get; init; }
}
