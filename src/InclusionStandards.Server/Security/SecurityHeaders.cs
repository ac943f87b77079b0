namespace InclusionStandards.Server.Security;

/// <summary>Security headers on every response: no framing by others, no sniffing, no referrer, a strict content policy.</summary>
internal static class SecurityHeaders
{
    /// <summary>Pages load nothing from elsewhere and run no script; only this site may frame them.</summary>
    public const string PagePolicy = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'";

    /// <summary>The library's HTML report (self-contained, inline styles and its small table-sorting script).</summary>
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "SAMEORIGIN";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = PagePolicy;
        return next(context);
    });
}
