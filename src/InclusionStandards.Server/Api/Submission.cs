using InclusionStandards.Validation;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;
using InclusionStandards.Hosting;
using InclusionStandards.Loading;
using InclusionStandards.Model;
using InclusionStandards.Server.Security;
using InclusionStandards.Server.Storage;
using Microsoft.Extensions.Options;

namespace InclusionStandards.Server.Api;

/// <summary>
/// Turns submitted evidence into kept assessments: reads it (YAML, JSON or a survey CSV), evaluates it with the
/// library, checks the caller may submit for every organisation in it, and stores all of it in one transaction —
/// either every assessment of the submission is kept or none is.
/// </summary>
internal sealed class Submission(IAssessmentService assessor, IOptions<InclusionStandardsOptions> options, AssessmentStore store, CsvMappingSource mappings, EvaluationGate gate)
{
    /// <summary>The most bytes one submission may carry (the library's evidence file limit).</summary>
    public long MaxBytes => options.Value.EvidenceLimits.MaxFileBytes;

    public async Task<SubmissionResult> SubmitAsync(byte[] body, EvidenceFormat format, Encoding encoding, Caller caller, CancellationToken cancel)
    {
        var (result, records) = await gate.RunAsync(() => Evaluate(body, format, encoding, caller), cancel);
        if (records.Count == 0)
        {
            return result;
        }

        // The trend since the organisation's previous kept assessment (an earlier period), as the library computes it.
        var withTrends = new List<AssessmentRecord>(records.Count);
        foreach (var record in records)
        {
            withTrends.Add(await WithTrendAsync(record, cancel));
        }

        await store.AddAsync(withTrends, cancel);
        return result with { Records = [.. withTrends] };
    }

    private async Task<AssessmentRecord> WithTrendAsync(AssessmentRecord record, CancellationToken cancel)
    {
        var earlier = await store.EarlierAsync(record.OdsCode, record.PeriodEnd, 50, cancel);
        if (earlier.Count == 0)
        {
            return record;
        }

        var current = AssessmentJson.Deserialize(record.AssessmentJson);
        var digest = AssessmentDigest.From(current);
        var previous = Trends.Previous(digest, earlier.Select(json => AssessmentDigest.From(AssessmentJson.Deserialize(json))));
        return previous is null
            ? record
            : new AssessmentRecord
            {
                Id = record.Id, OdsCode = record.OdsCode, OrganisationName = record.OrganisationName, PeriodStart = record.PeriodStart, PeriodEnd = record.PeriodEnd,
                Evidence = record.Evidence, EvidenceMediaType = record.EvidenceMediaType, EvidenceSha256 = record.EvidenceSha256,
                AssessmentJson = AssessmentJson.Serialize(current with { Trend = Trends.Compare(previous, digest) }),
                CatalogHash = record.CatalogHash, StandardsVersions = record.StandardsVersions, SubmittedBy = record.SubmittedBy, SubmittedAt = record.SubmittedAt,
            };
    }

    /// <summary>Reads and evaluates (CPU-bound, under the gate); the records to keep, or none with the reason.</summary>
    private (SubmissionResult Result, List<AssessmentRecord> Records) Evaluate(byte[] body, EvidenceFormat format, Encoding encoding, Caller caller)
    {
        string text;
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            // The library's strict decoding (shared with its file reading): a byte that is not UTF-8 is refused where it is.
            var decoded = TextFile.Decode(body, format.SourceName);
            if (!decoded.Succeeded)
            {
                return (SubmissionResult.Invalid([Diagnostic.Error(EvidenceCodes.Unreadable, decoded.Message!, new SourceLocation(format.SourceName, Math.Max(1, decoded.Line), Math.Max(1, decoded.Column)))]), []);
            }

            text = decoded.Text!;
        }
        else
        {
            text = encoding.GetString(body);
        }

        text = text.TrimStart('\uFEFF');
        var read = format == EvidenceFormat.Csv ? ReadCsv(text) : [assessor.Standards.Evidence.WithLimits(options.Value.EvidenceLimits).Parse(text, format.SourceName)];
        var diagnostics = read.SelectMany(r => r.Diagnostics).ToImmutableArray();
        if (read.Count == 0 || read.Any(r => !r.Succeeded))
        {
            if (read.Count == 0)
            {
                diagnostics = [Diagnostic.Error(EvidenceCodes.CsvColumn, "The CSV holds no organisation rows.", new SourceLocation(format.SourceName, 1, 1))];
            }

            return (SubmissionResult.Invalid(diagnostics), []);
        }

        var documents = read.Select(r => r.Document!).ToList();
        var refused = documents.Select(d => d.Organisation.OdsCode).Where(ods => !caller.CanSubmitFor(ods)).Distinct().ToList();
        if (refused.Count > 0)
        {
            return (SubmissionResult.Forbidden(refused), []);
        }

        var standards = assessor.Standards.Catalog;
        var versions = string.Join('\n', standards.Standards.Select(s => $"{s.Id}@{s.Version}"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var now = DateTime.UtcNow;
        var records = new List<(AssessmentRecord Record, Assessment Assessment)>();
        foreach (var document in documents)
        {
            var assessment = assessor.Assess(document, document.AssessmentDate ?? document.Period.End);
            records.Add((new AssessmentRecord
            {
                Id = Guid.CreateVersion7().ToString("N"),
                OdsCode = assessment.Organisation.OdsCode.ToUpperInvariant(),
                OrganisationName = assessment.Organisation.Name,
                PeriodStart = assessment.Period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                PeriodEnd = assessment.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Evidence = body,
                EvidenceMediaType = format.MediaType,
                EvidenceSha256 = hash,
                AssessmentJson = AssessmentJson.Serialize(assessment),
                CatalogHash = assessment.CatalogHash,
                StandardsVersions = versions,
                SubmittedBy = caller.Name,
                SubmittedAt = now,
            }, assessment));
        }

        var kept = records.Select(r => r.Record).ToList();
        return (SubmissionResult.Stored([.. kept], diagnostics), kept);
    }

    private List<EvidenceReadResult> ReadCsv(string text)
    {
        var mapping = mappings.Mapping;
        if (mapping is null)
        {
            return [new EvidenceReadResult(null, [Diagnostic.Error(EvidenceCodes.CsvColumn, "This service has no CSV column mapping (kind: csv-mapping) in its standards.", new SourceLocation(EvidenceFormat.Csv.SourceName, 1, 1))])];
        }

        // The library imports CSV from a file: the text goes to a private temporary file, named like the upload so
        // that diagnostics say evidence.csv:line:col.
        var dir = Directory.CreateTempSubdirectory("inclusion-upload-");
        try
        {
            var path = Path.Combine(dir.FullName, EvidenceFormat.Csv.SourceName);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return CsvEvidenceImporter.Read(path, mapping, assessor.Standards.Evidence.WithLimits(options.Value.EvidenceLimits))
                .Select(r => r with { Diagnostics = [.. r.Diagnostics.Select(d => d.Location is { } l ? d with { Location = l with { File = EvidenceFormat.Csv.SourceName } } : d)] })
                .Take(options.Value.EvidenceLimits.MaxListLength)
                .ToList();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>The CSV column mapping shipped with the embedded standards (read once).</summary>
internal sealed class CsvMappingSource
{
    private readonly Lazy<CsvMapping?> _mapping = new(() =>
        StandardsLoader.LoadEmbedded(new LoaderOptions { SkipFolders = ["tests", "examples"] }).CsvMappings.FirstOrDefault());

    public CsvMapping? Mapping => _mapping.Value;
}

/// <summary>What became of a submission: stored (with any warnings), invalid evidence, or organisations the caller may not submit for.</summary>
internal sealed record SubmissionResult(ImmutableArray<AssessmentRecord> Records, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> RefusedOrganisations)
{
    public static SubmissionResult Stored(ImmutableArray<AssessmentRecord> records, ImmutableArray<Diagnostic> warnings) => new(records, warnings, []);

    public static SubmissionResult Invalid(ImmutableArray<Diagnostic> diagnostics) => new([], diagnostics, []);

    public static SubmissionResult Forbidden(IReadOnlyList<string> organisations) => new([], [], organisations);

    public bool Succeeded => Records.Length > 0;
}
