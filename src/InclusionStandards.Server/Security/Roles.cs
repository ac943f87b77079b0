namespace InclusionStandards.Server.Security;

/// <summary>The three roles and the claim that scopes a caller to organisations.</summary>
internal static class Roles
{
    public const string Admin = "admin";
    public const string Assessor = "assessor";
    public const string Viewer = "viewer";

    /// <summary>A claim per ODS code the caller may see; none means every organisation.</summary>
    public const string OrganisationClaim = "inclusion:ods";

    public static readonly string[] All = [Admin, Assessor, Viewer];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
