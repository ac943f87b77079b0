using InclusionStandards.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>Sign in with a local account (or the configured OpenID Connect provider) and sign out.</summary>
internal static class SignInPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext context, string? returnUrl) => Form(context, returnUrl, null));
        app.MapPost("/signin", SignIn).RequireRateLimiting(RateLimits.SignIn);
        app.MapPost("/signin/external", External);
        app.MapPost("/signout", SignOut);
    }

    private static IResult Form(HttpContext context, string? returnUrl, string? error, string? userName = null, int status = 200)
    {
        var external = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme).Result;
        var main = "<h1>Sign in</h1>";
        if (error is not null)
        {
            main += $"<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-title\"><h2 id=\"error-title\">You could not be signed in</h2><p>{H(error)}</p></div>";
        }

        main += "<form class=\"stack\" method=\"post\" action=\"/signin\">" + Antiforgery(context) +
            $"<input type=\"hidden\" name=\"returnUrl\" value=\"{H(LocalOrRoot(returnUrl))}\">" +
            $"<div><label for=\"userName\">User name</label><input type=\"text\" id=\"userName\" name=\"userName\" autocomplete=\"username\" required value=\"{H(userName)}\"{(error is null ? "" : " aria-invalid=\"true\"")}></div>" +
            $"<div><label for=\"password\">Password</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required{(error is null ? "" : " aria-invalid=\"true\"")}></div>" +
            "<div><button type=\"submit\">Sign in</button></div></form>";
        if (external is not null)
        {
            main += "<h2>Or</h2><form method=\"post\" action=\"/signin/external\">" + Antiforgery(context) +
                $"<input type=\"hidden\" name=\"returnUrl\" value=\"{H(LocalOrRoot(returnUrl))}\"><button type=\"submit\">Sign in with {H(external.DisplayName ?? "your organisation")}</button></form>";
        }

        main += "<p class=\"hint\">Systems use API keys instead (<code>Authorization: Bearer KEY</code>); see the service's README.</p>";
        return Page(context, "Sign in", main, status);
    }

    private static async Task<IResult> SignIn(HttpContext context, SignInManager<IdentityUser> signIn, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Form(context, null, "The form had expired. Please try again.", status: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync();
        var userName = form["userName"].ToString().Trim();
        var returnUrl = LocalOrRoot(form["returnUrl"]);
        var result = userName.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(userName, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.Redirect(returnUrl);
        }

        var message = result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : "The user name or password is not right.";
        return Form(context, returnUrl, message, userName, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> External(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Form(context, null, "The form had expired. Please try again.", status: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync();
        return Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrRoot(form["returnUrl"]) }, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> SignOut(HttpContext context, SignInManager<IdentityUser> signIn, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Redirect("/");
        }

        await signIn.SignOutAsync();
        return Results.Redirect("/signin");
    }

    /// <summary>Only a local path is followed after sign-in (no open redirect).</summary>
    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
