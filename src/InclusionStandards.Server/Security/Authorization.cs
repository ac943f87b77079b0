using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using System.Security.Claims;

namespace InclusionStandards.Server.Security;

/// <summary>
/// Sign-in: API keys (<c>Authorization: Bearer KEY</c>) for systems, cookies for people (ASP.NET Core Identity local
/// accounts; OpenID Connect when <c>Server:OpenIdConnect:Authority</c> is set). One policy scheme picks between them
/// per request, so every endpoint accepts both. The API answers 401/403 itself; pages redirect to the sign-in page.
/// </summary>
internal static class Authorization
{
    public const string Api = "api";
    public const string Pages = "pages";
    public const string Admin = "admin";
    private const string Selector = "key-or-cookie";

    public static void AddServerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiKeyRegistry>();
        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = Selector;
            o.DefaultChallengeScheme = Selector;
        });
        auth.AddPolicyScheme(Selector, "API key or cookie", o => o.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? ApiKeyAuthenticationHandler.SchemeName
                : IdentityConstants.ApplicationScheme);
        auth.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        auth.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/signin";
            o.Cookie.Name = "inclusion.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        }));

        var oidc = configuration.GetSection("Server:OpenIdConnect");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            auth.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc["DisplayName"] ?? "NHS identity", o =>
            {
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.SignInScheme = IdentityConstants.ApplicationScheme;
                o.CallbackPath = "/signin-oidc";
                foreach (var scope in (oidc["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    o.Scope.Add(scope);
                }

                o.Events.OnTokenValidated = context =>
                {
                    // The provider says who; this service says what they may do: the role and organisations come
                    // from the configured claims, else the default role (viewer) with no organisations.
                    if (context.Principal?.Identity is ClaimsIdentity identity)
                    {
                        var roleClaim = oidc["RoleClaim"] ?? "role";
                        var role = identity.FindFirst(roleClaim)?.Value;
                        identity.AddClaim(new Claim(ClaimTypes.Role, Roles.IsKnown(role) ? role! : oidc["DefaultRole"] ?? Roles.Viewer));
                        foreach (var ods in identity.FindAll(oidc["OrganisationsClaim"] ?? "ods").ToList())
                        {
                            identity.AddClaim(new Claim(Roles.OrganisationClaim, ods.Value));
                        }
                    }

                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Api, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Pages, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
