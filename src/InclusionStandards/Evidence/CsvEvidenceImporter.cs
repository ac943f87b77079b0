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
/// diagnostics (<c>file:line:col</c>) and the other rows still import. Rows are read lazily, one at a time, so memory
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
        if (!File.Exists(csvPath))
        {
            yield return new(null, [Diagnostic.Error(EvidenceCodes.Unreadable, $"The CSV file '{csvPath}' does not exist.", new SourceLocation(csvPath, 1, 1))]);
            yield break;
        }

        using var csv = CsvReader.FromFile(csvPath, new CsvReaderOptions { NullValues = ["NA", "<NA>", ""], TrackLineNumbers = true });
        var header = csv.Headers.ToArray();
        var missing = Required(mapping).Where(c => !header.Contains(c.Column, StringComparer.Ordinal) && (c.Fallback is null || !header.Contains(c.Fallback, StringComparer.Ordinal)))
            .Select(c => c.Fallback is null ? c.Column : $"{c.Column}' (or '{c.Fallback}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            yield return new(null, [.. missing.Select(c => Diagnostic.Error(
                EvidenceCodes.CsvColumn, $"The mapping '{mapping.Id}' reads the column '{c}', which the file does not have.{Loading.Levenshtein.DidYouMean(c, header)}", new SourceLocation(csvPath, 1, 1)))]);
            yield break;
        }

        var used = Columns(mapping).ToHashSet(StringComparer.Ordinal);
        var repeated = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).Where(g => g.Count() > 1 && used.Contains(g.Key)).ToList();
        if (repeated.Count > 0)
        {
            // Which of two equally named columns holds the measure cannot be known: reading the first would be a guess.
            yield return new(null, [.. repeated.Select(g => Diagnostic.Error(EvidenceCodes.CsvColumn,
                $"The header names the column '{g.Key}' {g.Count()} times (columns {string.Join(", ", g.Select(x => x.i + 1))}), and the mapping '{mapping.Id}' reads it: rename or remove the copies.",
                new SourceLocation(csvPath, 1, g.Skip(1).First().i + 1)))]);
            yield break;
        }

        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var rows = new CsvRowMapper(mapping, index, csvPath);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (csv.FieldCount != header.Length)
            {
                // Reading on would take the row's missing cells as missing evidence, or shifted cells as the wrong measures.
                yield return new(null, [Diagnostic.Error(EvidenceCodes.CsvRowWidth,
                    $"The row has {csv.FieldCount} fields but the header has {header.Length}: it is cut short, or a value holds an unquoted separator. The row is not evaluated.",
                    new SourceLocation(csvPath, line, 1))]);
                continue;
            }

            var (tree, errors, warnings) = rows.Map(i => csv.GetStringOrNull(i), line);
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

    private static IEnumerable<string> Columns(CsvMapping mapping) =>
        Required(mapping).SelectMany(c => c.Fallback is null ? [c.Column] : new[] { c.Column, c.Fallback });

    /// <summary>What the mapping reads; a column with a fallback needs only one of the two in the file.</summary>
    private static IEnumerable<CsvColumnMapping> Required(CsvMapping mapping) =>
        mapping.Organisation.Values.Concat(mapping.Evidence.Values)
            .Append(new CsvColumnMapping { Column = mapping.Period.Column, Location = mapping.Period.Location });
}
