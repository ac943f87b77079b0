using InclusionStandards.Server.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InclusionStandards.Server.Tests;

/// <summary>Kept assessments are an official record: the database context refuses to change or delete one.</summary>
public sealed class AppendOnlyTests
{
    [Fact]
    public async Task KeptAssessment_CannotBeChangedOrDeleted()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteAssessmentsDbContext>().UseSqlite(connection).Options;
        await using (var db = new SqliteAssessmentsDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Assessments.Add(Record("a1"));
            await db.SaveChangesAsync();
        }

        await using (var db = new SqliteAssessmentsDbContext(options))
        {
            var kept = await db.Assessments.SingleAsync();
            db.Entry(kept).Property(a => a.AssessmentJson).CurrentValue = "{}";
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = new SqliteAssessmentsDbContext(options))
        {
            db.Assessments.Remove(await db.Assessments.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = new SqliteAssessmentsDbContext(options))
        {
            Assert.Equal("{\"kept\":true}", (await db.Assessments.SingleAsync()).AssessmentJson);
            db.Assessments.Add(Record("a2")); // a re-assessment is a new record
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.Assessments.CountAsync());
        }
    }

    private static AssessmentRecord Record(string id) => new()
    {
        Id = id, OdsCode = "RAA01", OrganisationName = "A Trust", PeriodStart = "2023-04-01", PeriodEnd = "2024-03-31",
        Evidence = [1, 2, 3], EvidenceMediaType = "application/yaml", EvidenceSha256 = "00", AssessmentJson = "{\"kept\":true}",
        CatalogHash = "sha256:00", StandardsVersions = "x@1.0.0", SubmittedBy = "test", SubmittedAt = DateTime.UtcNow,
    };
}
