using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace InclusionStandards.Server.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer KEY</c> against <c>Server:ApiKeys</c>. Keys are compared in constant time
/// through their SHA-256 hashes; a wrong key fails without saying which part was wrong, and neither is logged.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRegistry keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var entry = keys.Find(header["Bearer ".Length..].Trim());
        if (entry is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not known."));
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, entry.Name), new(ClaimTypes.Role, entry.Role) };
        claims.AddRange(entry.Organisations.Select(o => new Claim(Roles.OrganisationClaim, o)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

/// <summary>The configured API keys, checked at start (every problem listed) and held as hashes.</summary>
internal sealed class ApiKeyRegistry
{
    private readonly List<(byte[] Hash, ApiKeyOptions Entry)> _keys = [];

    public ApiKeyRegistry(IConfiguration configuration)
    {
        var entries = configuration.GetSection("Server:ApiKeys").Get<List<ApiKeyOptions>>() ?? [];
        var problems = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (string.IsNullOrWhiteSpace(e.Name))
            {
                problems.Add($"Server:ApiKeys:{i}:Name is empty.");
            }

            if (e.Key.Length < 16)
            {
                problems.Add($"Server:ApiKeys:{i}:Key ({e.Name}) must be at least 16 characters.");
            }

            if (!Roles.IsKnown(e.Role))
            {
                problems.Add($"Server:ApiKeys:{i}:Role ({e.Name}) is '{e.Role}'; use admin, assessor or viewer.");
            }

            _keys.Add((SHA256.HashData(Encoding.UTF8.GetBytes(e.Key)), e));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The API keys are not valid:\n  " + string.Join("\n  ", problems));
        }
    }

    public int Count => _keys.Count;

    public ApiKeyOptions? Find(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        ApiKeyOptions? found = null;
        foreach (var (h, entry) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(h, hash))
            {
                found = entry;
            }
        }

        return found;
    }
}
