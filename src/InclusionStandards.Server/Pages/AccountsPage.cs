using System.Security.Claims;
using System.Text;
using InclusionStandards.Server.Security;
using InclusionStandards.Server.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>Administrators list local accounts and add them (user name, password, role, organisations).</summary>
internal static class AccountsPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/accounts", (HttpContext context, AssessmentsDbContext db) => Form(context, db, null, null))
            .RequireAuthorization(Authorization.Admin);
        app.MapPost("/admin/accounts", Create).RequireAuthorization(Authorization.Admin);
    }

    private static async Task<IResult> Create(HttpContext context, AssessmentsDbContext db, UserManager<IdentityUser> users, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return await Form(context, db, "The form had expired. Please try again.", null, StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync();
        var role = form["role"].ToString();
        if (!Roles.IsKnown(role))
        {
            return await Form(context, db, "Choose a role: admin, assessor or viewer.", null, StatusCodes.Status400BadRequest);
        }

        var organisations = form["organisations"].ToString().Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await Accounts.CreateAsync(users, form["userName"].ToString().Trim(), form["password"].ToString(), role, organisations);
        return result.Succeeded
            ? await Form(context, db, null, $"Account '{form["userName"].ToString().Trim()}' created.")
            : await Form(context, db, string.Join(" ", result.Errors.Select(e => e.Description)), null, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Form(HttpContext context, AssessmentsDbContext db, string? error, string? done, int status = StatusCodes.Status200OK)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync();
        var claims = await db.UserClaims.AsNoTracking().ToListAsync();
        var main = new StringBuilder("<h1>Accounts</h1>");
        if (error is not null)
        {
            main.Append("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-title\"><h2 id=\"error-title\">The account was not created</h2><p>").Append(H(error)).Append("</p></div>");
        }

        if (done is not null)
        {
            main.Append("<p class=\"message\" role=\"status\">").Append(H(done)).Append("</p>");
        }

        main.Append("<table><caption>Local accounts</caption><thead><tr><th scope=\"col\">User name</th><th scope=\"col\">Role</th><th scope=\"col\">Organisations</th></tr></thead><tbody>");
        foreach (var a in accounts)
        {
            var mine = claims.Where(c => c.UserId == a.Id).ToList();
            var ods = mine.Where(c => c.ClaimType == Roles.OrganisationClaim).Select(c => c.ClaimValue).ToList();
            main.Append("<tr><th scope=\"row\">").Append(H(a.UserName)).Append("</th><td>").Append(H(mine.FirstOrDefault(c => c.ClaimType == ClaimTypes.Role)?.ClaimValue))
                .Append("</td><td>").Append(ods.Count == 0 ? "all" : H(string.Join(", ", ods))).Append("</td></tr>");
        }

        main.Append("</tbody></table><h2>Add an account</h2><form class=\"stack\" method=\"post\" action=\"/admin/accounts\">").Append(Antiforgery(context))
            .Append("<div><label for=\"userName\">User name</label><input type=\"text\" id=\"userName\" name=\"userName\" autocomplete=\"off\" required></div>")
            .Append("<div><label for=\"password\">Password</label><p class=\"hint\" id=\"password-hint\">At least 12 characters, with upper and lower case letters and a digit.</p><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"new-password\" required aria-describedby=\"password-hint\"></div>")
            .Append("<div><label for=\"role\">Role</label><select id=\"role\" name=\"role\"><option value=\"viewer\">viewer (reads)</option><option value=\"assessor\">assessor (submits and reads)</option><option value=\"admin\">admin (everything)</option></select></div>")
            .Append("<div><label for=\"organisations\">Organisations</label><p class=\"hint\" id=\"organisations-hint\">ODS codes, separated by commas; leave empty for every organisation.</p><input type=\"text\" id=\"organisations\" name=\"organisations\" aria-describedby=\"organisations-hint\"></div>")
            .Append("<div><button type=\"submit\">Add account</button></div></form>");
        return Page(context, "Accounts", main.ToString(), status);
    }
}
