using System.Security.Claims;

namespace InclusionStandards.Server.Security;

/// <summary>
/// What a signed-in person or API key may do: admins everything; assessors submit and read for their organisations;
/// viewers read theirs. An empty organisation list means every organisation.
/// </summary>
internal sealed record Caller(string Name, string Role, IReadOnlySet<string> Organisations)
{
    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        var role = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(Roles.IsKnown)
            .OrderBy(r => Array.IndexOf(Roles.All, r)).FirstOrDefault();
        if (role is null)
        {
            return null;
        }

        var ods = user.FindAll(Roles.OrganisationClaim).Select(c => c.Value.Trim().ToUpperInvariant()).Where(c => c.Length > 0);
        return new Caller(identity.Name ?? "unknown", role, new HashSet<string>(ods, StringComparer.Ordinal));
    }

    public bool IsAdmin => Role == Roles.Admin;

    public bool CanSubmit => Role is Roles.Admin or Roles.Assessor;

    public bool SeesAll => IsAdmin || Organisations.Count == 0;

    public bool CanSee(string odsCode) => SeesAll || Organisations.Contains(odsCode.ToUpperInvariant());

    public bool CanSubmitFor(string odsCode) => CanSubmit && CanSee(odsCode);
}
