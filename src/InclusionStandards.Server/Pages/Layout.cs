using System.Net;
using System.Text;
using InclusionStandards.Server.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace InclusionStandards.Server.Pages;

/// <summary>
/// The page shell: styled like the library's report (NHS blue rule, system fonts, contrast of at least 4.5:1),
/// a skip link, one main landmark, navigation for what the caller may do, no script.
/// </summary>
internal static class Layout
{
    private const string Css = """
        :root { --ink: #212b32; --muted: #4c6272; --line: #d8dde0; --blue: #005eb8; --error: #aa1f14; --ok: #00643a; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { left: 1rem; top: 1rem; background: #ffb81c; color: var(--ink); padding: 0.5rem; z-index: 1; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
        header { border-bottom: 4px solid var(--blue); display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
        header .brand { font-weight: 700; font-size: 1.2rem; color: var(--ink); text-decoration: none; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; padding: 0; align-items: center; }
        a { color: var(--blue); }
        a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, iframe:focus-visible { outline: 3px solid #ffb81c; outline-offset: 2px; }
        h1 { font-size: 1.8rem; margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.1rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f5; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        form.stack { display: grid; gap: 0.75rem; max-width: 32rem; }
        label { font-weight: 600; display: block; }
        .hint { color: var(--muted); font-size: 0.95rem; margin: 0; }
        input[type=text], input[type=password], textarea, select { font: inherit; width: 100%; padding: 0.4rem; border: 2px solid var(--ink); border-radius: 0; }
        textarea { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; min-height: 12rem; }
        button, .button { font: inherit; font-weight: 600; color: #fff; background: var(--blue); border: 2px solid var(--blue); padding: 0.4rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
        button.link { background: none; color: var(--blue); border: 0; padding: 0; text-decoration: underline; font-weight: 400; }
        .error-summary { border: 4px solid var(--error); padding: 0.5rem 1rem; margin: 1rem 0; }
        .error-summary h2 { margin-top: 0.5rem; border: 0; }
        .message { border-left: 4px solid var(--blue); padding: 0.25rem 1rem; background: #f0f4f5; }
        .up { color: var(--ok); font-weight: 600; } .down { color: var(--error); font-weight: 600; } .same { color: var(--muted); }
        ol.source { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.9rem; background: #f8f9f9; border: 1px solid var(--line); padding: 0.5rem 0.5rem 0.5rem 4rem; overflow-x: auto; }
        ol.source li { white-space: pre-wrap; overflow-wrap: anywhere; }
        ol.source li.has-error { background: #fbe9e7; }
        ol.source .diagnostic { display: block; white-space: normal; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--error); font-weight: 600; border-left: 3px solid var(--error); padding-left: 0.5rem; margin: 0.2rem 0; }
        ol.source .diagnostic.warning { color: #6b4f00; border-color: #6b4f00; }
        code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        iframe.report { width: 100%; height: 80vh; border: 1px solid var(--line); }
        .downloads { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; }
        .table-wrap { overflow-x: auto; max-width: 100%; }
        td ul { padding-left: 1.1rem; margin: 0; }
        @media (max-width: 40rem) { header, main, footer { padding: 0.75rem; } h1 { font-size: 1.5rem; } }
        footer { color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
        """;

    public static string H(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A whole page. <paramref name="main"/> is trusted HTML built with <see cref="H"/>.</summary>
    public static IResult Page(HttpContext context, string title, string main, int status = StatusCodes.Status200OK)
    {
        var caller = Caller.From(context.User);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(H(title)).Append(" – Inclusion assessments</title><style>").Append(Css).Append("</style></head><body>\n");
        html.Append("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n<header aria-label=\"Service\"><a class=\"brand\" href=\"/\">Inclusion assessments</a>");
        html.Append("<nav aria-label=\"Main\"><ul>");
        if (caller is not null)
        {
            html.Append("<li><a href=\"/\">Dashboard</a></li>");
            if (caller.CanSubmit)
            {
                html.Append("<li><a href=\"/upload\">Upload evidence</a></li>");
            }
        }

        html.Append("<li><a href=\"/standards\">Standards</a></li>");
        if (caller is { IsAdmin: true } && context.User.Identity?.AuthenticationType != ApiKeyAuthenticationHandler.SchemeName)
        {
            html.Append("<li><a href=\"/admin/accounts\">Accounts</a></li>");
        }

        if (caller is not null)
        {
            var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
            html.Append("<li>Signed in as ").Append(H(caller.Name)).Append(" (").Append(H(caller.Role)).Append(")</li>");
            html.Append("<li><form method=\"post\" action=\"/signout\">").Append(Antiforgery(token)).Append("<button class=\"link\" type=\"submit\">Sign out</button></form></li>");
        }
        else
        {
            html.Append("<li><a href=\"/signin\">Sign in</a></li>");
        }

        html.Append("</ul></nav></header>\n<main id=\"main\" aria-label=\"Page content\">\n").Append(WrapTables(main)).Append("\n</main>\n");
        html.Append("<footer aria-label=\"About this service\">Assessments are kept as submitted and never changed. Standards catalog <code>")
            .Append(H(context.RequestServices.GetRequiredService<InclusionStandards.Hosting.IAssessmentService>().Standards.Catalog.ContentHash))
            .Append("</code>.</footer>\n</body></html>\n");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Each table in a scrollable, focusable region, so that a narrow screen scrolls the table, not the page (WCAG 1.4.10).</summary>
    private static string WrapTables(string main) =>
        main.Replace("<table><caption>", "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table (scrolls sideways on narrow screens)\"><table><caption>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);

    /// <summary>The hidden anti-forgery field for a form.</summary>
    public static string Antiforgery(AntiforgeryTokenSet token) =>
        $"<input type=\"hidden\" name=\"{H(token.FormFieldName)}\" value=\"{H(token.RequestToken)}\">";

    public static string Antiforgery(HttpContext context) =>
        Antiforgery(context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context));

    public static IResult NotFound(HttpContext context, string what) =>
        Page(context, "Not found", $"<h1>Not found</h1><p>No {H(what)} is held that you may see.</p><p><a href=\"/\">Back to the dashboard</a></p>", StatusCodes.Status404NotFound);
}
