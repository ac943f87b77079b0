using System.Security.Claims;
using InclusionStandards.Server.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InclusionStandards.Server.Security;

/// <summary>
/// The first administrator: when the database has no local account and <c>Server:InitialAdmin:UserName</c> and
/// <c>Server:InitialAdmin:Password</c> are set (environment variables or user secrets, not a committed file), that
/// account is created at start with the admin role. Later starts leave accounts alone. The password is never logged.
/// </summary>
internal static class InitialAdmin
{
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>();
        if (await db.Users.AnyAsync())
        {
            return;
        }

        var name = configuration["Server:InitialAdmin:UserName"];
        var password = configuration["Server:InitialAdmin:Password"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            logger.LogWarning("No accounts yet. To sign in, restart with Server__InitialAdmin__UserName and Server__InitialAdmin__Password set (see the README); API keys work meanwhile.");
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var result = await Accounts.CreateAsync(users, name, password, Roles.Admin, []);
        if (result.Succeeded)
        {
            logger.LogInformation("Created the first administrator account '{UserName}'.", name);
        }
        else
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Local accounts: a user with a role claim and organisation claims.</summary>
internal static class Accounts
{
    public static async Task<IdentityResult> CreateAsync(UserManager<IdentityUser> users, string name, string password, string role, IReadOnlyList<string> organisations)
    {
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var claims = new List<Claim> { new(ClaimTypes.Role, role) };
        claims.AddRange(organisations.Select(o => new Claim(Roles.OrganisationClaim, o.Trim().ToUpperInvariant())));
        return await users.AddClaimsAsync(user, claims);
    }
}
