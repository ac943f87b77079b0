using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InclusionStandards.Server.Storage;

/// <summary>
/// Chooses and prepares the database: <c>Server:Database</c> = <c>Sqlite</c> (default) or <c>PostgreSQL</c>, with
/// the connection string <c>ConnectionStrings:Assessments</c> (default <c>Data Source=data/assessments.db</c>).
/// Migrations are applied at start, so a new or older database is brought up to date before the first request.
/// </summary>
internal static class Database
{
    public const string DefaultSqlite = "Data Source=data/assessments.db";

    public static void AddAssessmentsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Server:Database"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("Assessments") ?? DefaultSqlite;
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new SqliteConnectionStringBuilder(connection);
            if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            services.AddDbContext<AssessmentsDbContext, SqliteAssessmentsDbContext>(o => o.UseSqlite(connection));
        }
        else if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<AssessmentsDbContext, PostgresAssessmentsDbContext>(o => o.UseNpgsql(connection));
        }
        else
        {
            throw new InvalidOperationException($"Server:Database is '{provider}'; use Sqlite (the default) or PostgreSQL.");
        }
    }

    /// <summary>Applies pending migrations; for SQLite, also turns on write-ahead logging (readers never wait for a writer).</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                await db.Database.MigrateAsync();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync();
        }
    }
}
