using InclusionStandards.Server.Security;
using Microsoft.EntityFrameworkCore;

namespace InclusionStandards.Server.Storage;

/// <summary>Adds kept assessments (one transaction per submission) and finds them, only ever within what a caller may see.</summary>
internal sealed class AssessmentStore(AssessmentsDbContext db)
{
    public async Task AddAsync(IReadOnlyList<AssessmentRecord> records, CancellationToken cancel)
    {
        // One SaveChanges is one transaction: a submission of several organisations is kept whole or not at all.
        db.Assessments.AddRange(records);
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>The assessment, or null when there is none or the caller may not see it (the same answer, so ids leak nothing).</summary>
    public async Task<AssessmentRecord?> FindAsync(string id, Caller caller, CancellationToken cancel)
    {
        var record = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancel);
        return record is not null && caller.CanSee(record.OdsCode) ? record : null;
    }

    /// <summary>An organisation's assessments, newest first (empty when the caller may not see it).</summary>
    public async Task<List<AssessmentSummary>> HistoryAsync(string odsCode, Caller caller, int limit, CancellationToken cancel)
    {
        var ods = odsCode.ToUpperInvariant();
        if (!caller.CanSee(ods))
        {
            return [];
        }

        return await Summaries(db.Assessments.Where(a => a.OdsCode == ods).OrderByDescending(a => a.Sequence).Take(limit)).ToListAsync(cancel);
    }

    /// <summary>The latest assessment and the number kept, for each organisation the caller may see.</summary>
    public async Task<List<(AssessmentSummary Latest, int Count)>> OrganisationsAsync(Caller caller, CancellationToken cancel)
    {
        var query = db.Assessments.AsNoTracking();
        if (!caller.SeesAll)
        {
            var allowed = caller.Organisations.ToList();
            query = query.Where(a => allowed.Contains(a.OdsCode));
        }

        var latest = await query.GroupBy(a => a.OdsCode).Select(g => new { Sequence = g.Max(a => a.Sequence), Count = g.Count() }).ToListAsync(cancel);
        var sequences = latest.Select(l => l.Sequence).ToList();
        var rows = await Summaries(db.Assessments.Where(a => sequences.Contains(a.Sequence))).ToListAsync(cancel);
        var counts = latest.ToDictionary(l => l.Sequence, l => l.Count);
        return rows.OrderBy(r => r.OdsCode, StringComparer.Ordinal).Select(r => (r, counts[r.Sequence])).ToList();
    }

    /// <summary>The assessment JSON of records (for trends and ratings), by sequence.</summary>
    public Task<List<AssessmentSummaryJson>> JsonAsync(IReadOnlyCollection<long> sequences, CancellationToken cancel) =>
        db.Assessments.AsNoTracking().Where(a => sequences.Contains(a.Sequence))
            .Select(a => new AssessmentSummaryJson(a.Sequence, a.AssessmentJson)).ToListAsync(cancel);

    /// <summary>The assessment JSON of an organisation's kept assessments whose period ends before <paramref name="periodEnd"/>, latest first.</summary>
    public Task<List<string>> EarlierAsync(string odsCode, string periodEnd, int limit, CancellationToken cancel) =>
        db.Assessments.AsNoTracking().Where(a => a.OdsCode == odsCode && string.Compare(a.PeriodEnd, periodEnd) < 0)
            .OrderByDescending(a => a.PeriodEnd).ThenByDescending(a => a.Sequence).Take(limit).Select(a => a.AssessmentJson).ToListAsync(cancel);

    public Task<bool> CanConnectAsync(CancellationToken cancel) => db.Database.CanConnectAsync(cancel);

    private static IQueryable<AssessmentSummary> Summaries(IQueryable<AssessmentRecord> records) =>
        records.AsNoTracking().Select(a => new AssessmentSummary(a.Sequence, a.Id, a.OdsCode, a.OrganisationName, a.PeriodStart, a.PeriodEnd, a.SubmittedBy, a.SubmittedAt, a.CatalogHash));
}

/// <summary>A kept assessment without its evidence and JSON.</summary>
internal sealed record AssessmentSummary(long Sequence, string Id, string OdsCode, string OrganisationName, string PeriodStart, string PeriodEnd, string SubmittedBy, DateTime SubmittedAt, string CatalogHash);

/// <summary>A kept assessment's JSON, by sequence.</summary>
internal sealed record AssessmentSummaryJson(long Sequence, string Json);
