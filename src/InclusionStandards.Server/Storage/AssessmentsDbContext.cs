using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InclusionStandards.Server.Storage;

/// <summary>
/// The service's database: kept assessments and local accounts (ASP.NET Core Identity users; roles and organisations
/// are user claims). Each provider has its own subclass and migrations (<see cref="SqliteAssessmentsDbContext"/>,
/// <see cref="PostgresAssessmentsDbContext"/>), as EF Core's migrations are provider-specific.
/// </summary>
internal abstract class AssessmentsDbContext(DbContextOptions options) : IdentityUserContext<IdentityUser>(options)
{
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToKeptAssessments();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToKeptAssessments();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AssessmentRecord>(e =>
        {
            e.ToTable("Assessments");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedOnAdd();
            e.Property(a => a.Id).HasMaxLength(32).IsRequired();
            e.HasIndex(a => a.Id).IsUnique();
            e.Property(a => a.OdsCode).HasMaxLength(16);
            e.Property(a => a.OrganisationName).HasMaxLength(400);
            e.Property(a => a.PeriodStart).HasMaxLength(10);
            e.Property(a => a.PeriodEnd).HasMaxLength(10);
            e.Property(a => a.EvidenceMediaType).HasMaxLength(100);
            e.Property(a => a.EvidenceSha256).HasMaxLength(64);
            e.Property(a => a.CatalogHash).HasMaxLength(128);
            e.Property(a => a.SubmittedBy).HasMaxLength(256);
            e.HasIndex(a => new { a.OdsCode, a.Sequence });
        });
    }

    /// <summary>Assessments are an official record: only additions are saved.</summary>
    private void RefuseChangesToKeptAssessments()
    {
        if (ChangeTracker.Entries<AssessmentRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Kept assessments are append-only: a record cannot be changed or deleted.");
        }
    }
}

/// <summary>The SQLite database (the default): its own migrations under Storage/Migrations/Sqlite.</summary>
internal sealed class SqliteAssessmentsDbContext(DbContextOptions<SqliteAssessmentsDbContext> options) : AssessmentsDbContext(options);

/// <summary>The PostgreSQL database: its own migrations under Storage/Migrations/Postgres.</summary>
internal sealed class PostgresAssessmentsDbContext(DbContextOptions<PostgresAssessmentsDbContext> options) : AssessmentsDbContext(options);
