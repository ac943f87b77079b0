using InclusionStandards.Model;
using System.Text.Json;
using System.Text.Json.Serialization;
using InclusionStandards.Server.Api;
using InclusionStandards.Server.Pages;
using InclusionStandards.Server.Security;
using InclusionStandards.Server.Storage;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace InclusionStandards.Server;

/// <summary>Builds the service: standards compiled at start, database migrated, sign-in, API, pages, health, OpenAPI.</summary>
internal static class ServerApp
{
    public static WebApplication Build(string[] args)
    {
        // The content root is the application's folder (its appsettings.json), wherever it is started from; relative
        // SQLite paths stay relative to the working directory, as a command-line user expects.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddInclusionStandards(o => configuration.GetSection("InclusionStandards").Bind(o));
        services.AddAssessmentsDatabase(configuration);
        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AssessmentsDbContext>()
            .AddSignInManager();
        services.AddServerAuthentication(configuration);
        services.AddServerRateLimits(configuration);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "inclusion.antiforgery";
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddScoped<AssessmentStore>();
        services.AddScoped<Submission>();
        services.AddSingleton<CsvMappingSource>();
        services.AddSingleton<EvaluationGate>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<ServerHealthCheck>("standards-and-database");
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(KebabCase.JsonNaming)));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Server:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = configuration.GetValue<long>("Server:MaxRequestBytes", 16 * 1024 * 1024));

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapHealthChecks("/health");
        AssessmentApi.Map(app);
        WebPages.Map(app);
        return app;
    }

    /// <summary>Migrates the database and creates the first administrator (when configured), before listening.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        _ = app.Services.GetRequiredService<ApiKeyRegistry>(); // a bad key configuration stops the start, listing each problem
        await Database.MigrateAsync(app.Services);
        await InitialAdmin.EnsureAsync(app.Services, app.Configuration, app.Logger);
    }
}
