namespace InclusionStandards.Server.Storage;

/// <summary>
/// One kept assessment: the evidence exactly as submitted (bytes and content type), the assessment JSON the library
/// produced, the standards it was made with, and who submitted it when. Append-only: never updated or deleted
/// (<see cref="AssessmentsDbContext"/> refuses to save a change to one); a re-assessment is a new record.
/// </summary>
internal sealed class AssessmentRecord
{
    /// <summary>The public id (a version 7 GUID in its 32-digit form: unique and roughly in submission order).</summary>
    public required string Id { get; init; }

    /// <summary>Database order of insertion (also the tie-break when two records share a time).</summary>
    public long Sequence { get; init; }

    /// <summary>The organisation's ODS code, upper-case.</summary>
    public required string OdsCode { get; init; }

    public required string OrganisationName { get; init; }

    /// <summary>The evidence period, as <c>YYYY-MM-DD</c>.</summary>
    public required string PeriodStart { get; init; }

    public required string PeriodEnd { get; init; }

    /// <summary>The evidence as the request carried it, byte for byte.</summary>
    public required byte[] Evidence { get; init; }

    /// <summary>The media type the evidence was sent as (yaml, json or csv).</summary>
    public required string EvidenceMediaType { get; init; }

    /// <summary>SHA-256 of <see cref="Evidence"/>, lower-case hex: lets anyone check the bytes are those submitted.</summary>
    public required string EvidenceSha256 { get; init; }

    /// <summary>The assessment JSON (the library's serialisation, byte-identical for the same inputs).</summary>
    public required string AssessmentJson { get; init; }

    /// <summary>The standards catalog's content hash.</summary>
    public required string CatalogHash { get; init; }

    /// <summary>Each standard's id and version, as <c>id@version</c> lines.</summary>
    public required string StandardsVersions { get; init; }

    /// <summary>Who submitted it: an account's user name or an API key's name (never the key).</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>When it was stored, UTC.</summary>
    public required DateTime SubmittedAt { get; init; }
}
