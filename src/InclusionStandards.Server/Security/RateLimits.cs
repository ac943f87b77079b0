using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace InclusionStandards.Server.Security;

/// <summary>
/// Rate limits, per caller (signed-in name or API key name, else the client address): the API and pages share
/// <c>Server:RateLimit:PermitsPerMinute</c> (default 600); sign-in attempts are limited to 10 a minute per address.
/// </summary>
internal static class RateLimits
{
    public const string Api = "api";
    public const string SignIn = "signin";

    public static void AddServerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Server:RateLimit:PermitsPerMinute", 600);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancel) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: 429, type: "urn:inclusion-standards:problem:rate-limited", title: "Too many requests", detail: "Wait a minute and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
            o.AddPolicy(Api, context => RateLimitPartition.GetTokenBucketLimiter(Partition(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            o.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter("signin:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = configuration.GetValue("Server:RateLimit:SignInPerMinute", 10),
                Window = TimeSpan.FromMinutes(1),
            }));
        });
    }

    private static string Partition(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "ip:" + context.Connection.RemoteIpAddress;
}
