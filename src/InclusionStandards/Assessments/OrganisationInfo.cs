namespace InclusionStandards.Assessments;

/// <summary>The organisation an assessment is about. Immutable.</summary>
/// <param name="OdsCode">The ODS code, e.g. <c>RXX</c>.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Type">The organisation type (a term of the <c>organisation-types</c> vocabulary).</param>
public sealed record OrganisationInfo(string OdsCode, string Name, string Type);
