using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Evidence;

/// <summary>
/// Imports tabular evidence (one row per organisation and period) through a <c>csv-mapping</c> declared in YAML,
/// so a new table layout needs no code. Each row becomes a data tree that the <see cref="EvidenceReader"/>
/// validates like any evidence file: a bad row (a bad cell, or more or fewer fields than the header) gives located
/// diagnostics (<c>file:line:col</c>) and the other rows still import; malformed quoting skips the row (EVD112), and a file over
/// <see cref="EvidenceLimits.MaxCsvBytes"/>, a row over <see cref="EvidenceLimits.MaxCsvRowBytes"/> or a byte that is not UTF-8 stops the
/// import there (EVD107, EVD100). Rows are read lazily, one at a time, so memory
/// stays flat for large files. Thread-safe.
/// </summary>
public static class CsvEvidenceImporter
{
    /// <summary>Reads every row of <paramref name="csvPath"/>; one result per row, in file order.</summary>
    /// <param name="csvPath">The CSV file (header row first; <c>NA</c>, <c>&lt;NA&gt;</c> and empty cells are missing).</param>
    /// <param name="mapping">The column mapping.</param>
    /// <param name="reader">The evidence reader of the compiled standards.</param>
    public static IEnumerable<EvidenceReadResult> Read(string csvPath, CsvMapping mapping, EvidenceReader reader)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(reader);
        var limits = reader.Limits;
        var stream = Open(csvPath, limits, out var problem);
        if (stream is null)
        {
            yield return new(null, [problem!]);
            yield break;
        }

        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            NullValues = ["NA", "<NA>", ""],
            TrackLineNumbers = true,
            MaxRecordSize = limits.MaxCsvRowBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
        };
        CsvReader? reader0 = null;
        string[] header = [];
        var start = Step(() =>
        {
            reader0 = CsvReader.Create(stream, options);
            header = reader0.Headers.ToArray();
            return true;
        }, stream, csvPath);
        if (start.Error is not null)
        {
            stream.Dispose();
            yield return new(null, [start.Error]);
            yield break;
        }

        using var csvReader = reader0!;
        var missing = Required(mapping).Where(c => !header.Contains(c.Column, StringComparer.Ordinal) && (c.Fallback is null || !header.Contains(c.Fallback, StringComparer.Ordinal)))
            .Select(c => c.Fallback is null ? c.Column : $"{c.Column}' (or '{c.Fallback}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            yield return new(null, [.. missing.Select(c => Diagnostic.Error(
                DiagnosticCodes.EvidenceCsvColumn, $"The mapping '{mapping.Id}' reads the column '{c}', which the file does not have.{Loading.Levenshtein.DidYouMean(c, header)}", new SourceLocation(csvPath, 1, 1)))]);
            yield break;
        }

        var used = Columns(mapping).ToHashSet(StringComparer.Ordinal);
        var repeated = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).Where(g => g.Count() > 1 && used.Contains(g.Key)).ToList();
        if (repeated.Count > 0)
        {
            // Which of two equally named columns holds the measure cannot be known: reading the first would be a guess.
            yield return new(null, [.. repeated.Select(g => Diagnostic.Error(DiagnosticCodes.EvidenceCsvColumn,
                $"The header names the column '{g.Key}' {g.Count()} times (columns {string.Join(", ", g.Select(x => x.i + 1))}), and the mapping '{mapping.Id}' reads it: rename or remove the copies.",
                new SourceLocation(csvPath, 1, g.Skip(1).First().i + 1)))]);
            yield break;
        }

        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var rows = new CsvRowMapper(mapping, index, csvPath);
        while (true)
        {
            var step = Step(csvReader.Read, stream, csvPath);
            while (malformed.TryDequeue(out var bad))
            {
                // Text after a closing quote, a stray quote: which value was meant cannot be known.
                yield return new(null, [Diagnostic.Error(DiagnosticCodes.EvidenceCsvRowWidth,
                    $"The row's quoting is malformed ({bad.Reason}): text after a closing quote, or a quote inside an unquoted value. The row is not evaluated.",
                    new SourceLocation(csvPath, (int)Math.Max(1, bad.LineNumber), 1))]);
            }

            if (step.Error is not null)
            {
                yield return new(null, [step.Error]);
                yield break;
            }

            if (!step.More)
            {
                yield break;
            }

            var line = (int)csvReader.LineNumber;
            if (csvReader.FieldCount != header.Length)
            {
                // Reading on would take the row's missing cells as missing evidence, or shifted cells as the wrong measures.
                yield return new(null, [Diagnostic.Error(DiagnosticCodes.EvidenceCsvRowWidth,
                    $"The row has {csvReader.FieldCount} fields but the header has {header.Length}: it is cut short, or a value holds an unquoted separator. The row is not evaluated.",
                    new SourceLocation(csvPath, line, 1))]);
                continue;
            }

            var (tree, errors, warnings) = rows.Map(i => csvReader.GetStringOrNull(i), line);
            if (tree is null)
            {
                yield return new(null, [.. errors.Concat(warnings).Order()]);
                continue;
            }

            var result = reader.FromData(tree, string.Create(CultureInfo.InvariantCulture, $"{csvPath}:{line}"));
            yield return errors.IsEmpty && warnings.IsEmpty ? result
                : result with { Document = errors.IsEmpty ? result.Document : null, Diagnostics = [.. errors.Concat(warnings).Concat(result.Diagnostics).Order()] };
        }
    }

    private static CheckedInputStream? Open(string csvPath, EvidenceLimits limits, out Diagnostic? problem)
    {
        problem = null;
        var at = new SourceLocation(csvPath, 1, 1);
        try
        {
            if (!File.Exists(csvPath))
            {
                problem = Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"The CSV file '{csvPath}' does not exist.", at);
                return null;
            }

            return new CheckedInputStream(Loading.TextFile.OpenRegular(csvPath), limits.MaxCsvBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"The CSV file cannot be read: {e.Message}", at);
            return null;
        }
    }

    /// <summary>Runs one step of the CSV reader, turning a limit, a non-UTF-8 byte or an I/O failure into a located diagnostic.</summary>
    private static (bool More, Diagnostic? Error) Step(Func<bool> step, CheckedInputStream stream, string csvPath)
    {
        try
        {
            return (step(), null);
        }
        catch (Exception e) when (e is InvalidDataException or CsvFormatException or IOException or UnauthorizedAccessException)
        {
            if (stream.Problem is { } p)
            {
                var code = p.Message.Contains("limit", StringComparison.Ordinal) ? DiagnosticCodes.EvidenceLimitExceeded : DiagnosticCodes.EvidenceUnreadable;
                return (false, Diagnostic.Error(code, p.Message, new SourceLocation(csvPath, p.Line, 1)));
            }

            if (e is CsvFormatException f)
            {
                var line = (int)Math.Max(1, f.LineNumber);
                return (false, Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded,
                    $"A row is longer than the limit, or its quoting never closes ({f.Message}); the rest of the file is not read.", new SourceLocation(csvPath, line, 1)));
            }

            return (false, Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, $"The CSV file cannot be read: {e.Message}", new SourceLocation(csvPath, 1, 1)));
        }
    }

    private static IEnumerable<string> Columns(CsvMapping mapping) =>
        Required(mapping).SelectMany(c => c.Fallback is null ? [c.Column] : new[] { c.Column, c.Fallback });

    /// <summary>What the mapping reads; a column with a fallback needs only one of the two in the file.</summary>
    private static IEnumerable<CsvColumnMapping> Required(CsvMapping mapping) =>
        mapping.Organisation.Values.Concat(mapping.Evidence.Values)
            .Append(new CsvColumnMapping { Column = mapping.Period.Column, Location = mapping.Period.Location });
}
