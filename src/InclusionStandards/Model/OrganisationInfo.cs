namespace InclusionStandards.Model;

/// <summary>The organisation an assessment is about. Immutable.</summary>
/// <param name="OdsCode">The ODS code, e.g. <c>RXX</c>.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Type">The organisation type (a term of the <c>organisation-types</c> vocabulary).</param>
public sealed record OrganisationInfo(string OdsCode, string Name, string Type)
{
    /// <summary>The NHS England region as the evidence gives it (e.g. <c>North West</c>); <see langword="null"/> when not given.</summary>
    public string? Region { get; init; }

    /// <summary>The integrated care system (ICS; an STP in older files) as the evidence gives it; <see langword="null"/> when not given.</summary>
    public string? Ics { get; init; }
}
