using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InclusionStandards.Server.Storage;

/// <summary>For <c>dotnet ef migrations add NAME --context SqliteAssessmentsDbContext --output-dir Storage/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAssessmentsDbContext>
{
    public SqliteAssessmentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAssessmentsDbContext>().UseSqlite(Database.DefaultSqlite).Options);
}

/// <summary>For <c>dotnet ef migrations add NAME --context PostgresAssessmentsDbContext --output-dir Storage/Migrations/Postgres</c> (no server needed).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAssessmentsDbContext>
{
    public PostgresAssessmentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAssessmentsDbContext>().UseNpgsql("Host=localhost;Database=inclusion").Options);
}
