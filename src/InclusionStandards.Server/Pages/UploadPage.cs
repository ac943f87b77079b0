using System.Globalization;
using System.Text;
using InclusionStandards.Server.Api;
using InclusionStandards.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>
/// Upload evidence (a YAML, JSON or survey CSV file, or pasted text). Bad evidence comes back with every diagnostic
/// listed at its line:column and shown beside the line of the text it concerns; good evidence becomes a kept
/// assessment and the browser goes to it.
/// </summary>
internal static class UploadPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/upload", (HttpContext context) => Form(context, null, null, "yaml"))
            .RequireAuthorization(Authorization.Pages);
        app.MapPost("/upload", Upload).RequireAuthorization(Authorization.Pages).RequireRateLimiting(RateLimits.Api);
    }

    private static async Task<IResult> Upload(HttpContext context, Submission submission, IAntiforgery antiforgery)
    {
        var caller = Caller.From(context.User)!;
        if (!caller.CanSubmit)
        {
            return Page(context, "Not permitted", "<h1>Not permitted</h1><p>Your role may read assessments but not submit them.</p>", StatusCodes.Status403Forbidden);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Form(context, "The form had expired. Please upload again.", null, "yaml", status: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var chosen = form["format"].ToString();
        var file = form.Files.GetFile("file");
        byte[] body;
        EvidenceFormat? format;
        if (file is { Length: > 0 })
        {
            if (file.Length > submission.MaxBytes)
            {
                return Form(context, $"The file is larger than the {submission.MaxBytes:N0} bytes an evidence file may have.", null, chosen, status: StatusCodes.Status413PayloadTooLarge);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
            format = EvidenceFormat.FromFileName(file.FileName) ?? Chosen(chosen);
        }
        else
        {
            body = Encoding.UTF8.GetBytes(form["text"].ToString());
            format = Chosen(chosen);
        }

        if (body.Length == 0)
        {
            return Form(context, "Choose a file, or paste the evidence, before uploading.", null, chosen, status: StatusCodes.Status400BadRequest);
        }

        if (format is null)
        {
            return Form(context, "Say what the evidence is (YAML, JSON or CSV): name the file .yaml, .json or .csv, or choose its format.", null, chosen, status: StatusCodes.Status400BadRequest);
        }

        if (body.Length > submission.MaxBytes)
        {
            return Form(context, $"The evidence is larger than the {submission.MaxBytes:N0} bytes an evidence file may have.", null, chosen, status: StatusCodes.Status413PayloadTooLarge);
        }

        var result = await submission.SubmitAsync(body, format, new UTF8Encoding(false), caller, CancellationToken.None);
        if (result.RefusedOrganisations.Count > 0)
        {
            return Form(context, $"You may not submit assessments for {string.Join(", ", result.RefusedOrganisations)}.", null, format.Name, status: StatusCodes.Status403Forbidden);
        }

        if (!result.Succeeded)
        {
            var text = Encoding.UTF8.GetString(body);
            var shown = result.Diagnostics.OrderBy(d => d.IsError ? 0 : 1).Take(Problems.MaxDiagnostics).OrderBy(d => d);
            return Form(context, null, new Rejected(text, [.. shown.Select(d => new DiagnosticView(d))], result.Diagnostics.Count(d => d.IsError)), format.Name, status: StatusCodes.Status400BadRequest);
        }

        return result.Records.Length == 1
            ? Results.Redirect($"/assessments/{result.Records[0].Id}")
            : Results.Redirect("/");
    }

    private static EvidenceFormat? Chosen(string format) => format switch
    {
        "yaml" => EvidenceFormat.Yaml,
        "json" => EvidenceFormat.Json,
        "csv" => EvidenceFormat.Csv,
        _ => null,
    };

    private sealed record Rejected(string Text, IReadOnlyList<DiagnosticView> Diagnostics, int Errors);

    private static IResult Form(HttpContext context, string? error, Rejected? rejected, string format, int status = StatusCodes.Status200OK)
    {
        var main = new StringBuilder("<h1>Upload evidence</h1>");
        if (error is not null)
        {
            main.Append("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-title\"><h2 id=\"error-title\">The evidence was not uploaded</h2><p>").Append(H(error)).Append("</p></div>");
        }

        if (rejected is not null)
        {
            main.Append(Diagnostics(rejected));
        }

        main.Append("<p>Send an evidence file in YAML or JSON (see <a href=\"/standards\">the standards</a> for its fields), or an NHS Staff Survey organisation CSV. The evidence is evaluated at once and the assessment is kept, with the file exactly as sent.</p>");
        main.Append("<form class=\"stack\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">").Append(Antiforgery(context));
        main.Append("<div><label for=\"file\">Evidence file</label><p class=\"hint\" id=\"file-hint\">A .yaml, .yml, .json or .csv file.</p><input type=\"file\" id=\"file\" name=\"file\" accept=\".yaml,.yml,.json,.csv\" aria-describedby=\"file-hint\"></div>");
        main.Append("<div><label for=\"text\">Or paste the evidence</label><textarea id=\"text\" name=\"text\" rows=\"14\" spellcheck=\"false\">").Append(H(rejected?.Text)).Append("</textarea></div>");
        main.Append("<div><label for=\"format\">Format of pasted evidence</label><select id=\"format\" name=\"format\">");
        foreach (var (value, label) in new[] { ("yaml", "YAML"), ("json", "JSON"), ("csv", "CSV (NHS Staff Survey organisations)") })
        {
            main.Append("<option value=\"").Append(value).Append('"').Append(value == format ? " selected" : "").Append('>').Append(label).Append("</option>");
        }

        main.Append("</select></div><div><button type=\"submit\">Upload and assess</button></div></form>");
        return Page(context, rejected is null ? "Upload evidence" : "Upload evidence (errors)", main.ToString(), status);
    }

    /// <summary>The diagnostics as a summary of links, then the text with each diagnostic beside its line.</summary>
    private static string Diagnostics(Rejected rejected)
    {
        var errors = rejected.Errors;
        var html = new StringBuilder("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"diagnostics-title\">");
        html.Append("<h2 id=\"diagnostics-title\">The evidence has ").Append(errors.ToString(CultureInfo.InvariantCulture)).Append(errors == 1 ? " error" : " errors").Append("</h2>");
        if (rejected.Diagnostics.Count == Problems.MaxDiagnostics)
        {
            html.Append("<p>The first ").Append(Problems.MaxDiagnostics.ToString(CultureInfo.InvariantCulture)).Append(" problems are shown.</p>");
        }

        html.Append("<ul>");
        foreach (var d in rejected.Diagnostics)
        {
            var where = d.Line is { } line ? $"line {line}, column {d.Column}" : "the file";
            html.Append("<li>").Append(d.Line is { } l ? $"<a href=\"#line-{l}\">" : "").Append(H($"{d.Line}:{d.Column}")).Append(d.Line is null ? "" : "</a>")
                .Append(' ').Append(H($"{d.Severity} {d.Code}: {d.Message}")).Append(" <span class=\"hint\">(").Append(H(where)).Append(")</span></li>");
        }

        html.Append("</ul></div>");
        var lines = rejected.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var byLine = rejected.Diagnostics.Where(d => d.Line is not null).ToLookup(d => d.Line!.Value);
        html.Append("<h2>The evidence, with each problem beside its line</h2><ol class=\"source\">");
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var here = byLine[number].ToList();
            html.Append("<li id=\"line-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('"').Append(here.Count > 0 ? " class=\"has-error\"" : "").Append('>')
                .Append(H(lines[i].Length == 0 ? " " : lines[i]));
            foreach (var d in here)
            {
                html.Append("<span class=\"diagnostic").Append(d.Severity == "error" ? "" : " warning").Append("\">")
                    .Append(H($"{d.Line}:{d.Column} {d.Severity} {d.Code}: {d.Message}")).Append("</span>");
            }

            html.Append("</li>");
        }

        return html.Append("</ol>").ToString();
    }
}
