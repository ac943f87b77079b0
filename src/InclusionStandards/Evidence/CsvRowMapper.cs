using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Evidence;

/// <summary>Maps one CSV row to an evidence data tree (organisation, period, nested evidence paths) by a mapping.</summary>
internal sealed class CsvRowMapper(CsvMapping mapping, IReadOnlyDictionary<string, int> columns, string file)
{
    private readonly ImmutableArray<KeyValuePair<string, CsvColumnMapping>> _evidence = [.. mapping.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal)];
    private readonly ImmutableArray<KeyValuePair<string, CsvColumnMapping>> _organisation = [.. mapping.Organisation.OrderBy(e => e.Key, StringComparer.Ordinal)];

    public (DataNode? Tree, ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Warnings) Map(Func<int, string?> cell, int line)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        var at = new SourceLocation(file, line, 1);
        var organisation = new PathTree();
        foreach (var (field, value) in Unswapped(_organisation, _organisation.ToDictionary(e => e.Key, e => Scalar(e.Value, cell, line, errors), StringComparer.Ordinal), warnings))
        {
            organisation.Set(field, value);
        }

        var yearAt = Where(mapping.Period.Column, line);
        var yearText = cell(columns[mapping.Period.Column]);
        if (yearText is null || !int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
        {
            errors.Add(Diagnostic.Error(DiagnosticCodes.EvidenceCsvValue, $"The period column '{mapping.Period.Column}' must hold a year such as 2022.", yearAt));
            return (null, errors.ToImmutable(), warnings.ToImmutable());
        }

        var (start, end) = mapping.Period.FinancialYear ? ($"{year}-04-01", $"{year + 1}-03-31") : ($"{year}-01-01", $"{year}-12-31");
        var period = new PathTree();
        period.Set("start", new DataScalar { Value = start, Location = yearAt });
        period.Set("end", new DataScalar { Value = end, Location = yearAt });
        var evidence = new PathTree();
        foreach (var (path, column) in _evidence)
        {
            if (Scalar(column, cell, line, errors) is { Value: not null } value)
            {
                evidence.Set(path, value);
            }
        }

        var root = new PathTree();
        root.Set("organisation", organisation.ToData(at));
        root.Set("period", period.ToData(yearAt));
        root.Set("evidence", evidence.ToData(at));
        return (root.ToData(at), errors.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>
    /// The values of a section, with any pair of fields a mapping declares as sometimes swapped (<c>swappedWith</c>)
    /// put back the right way round when the row shows it: this field's value is not one it can hold (<c>known</c>)
    /// while the other field's value is. Each swap is a warning at the cell.
    /// </summary>
    private IEnumerable<KeyValuePair<string, DataScalar>> Unswapped(
        ImmutableArray<KeyValuePair<string, CsvColumnMapping>> fields, Dictionary<string, DataScalar> values, ImmutableArray<Diagnostic>.Builder warnings)
    {
        foreach (var (field, column) in fields)
        {
            if (column.SwappedWith is not { } other || column.Known.IsEmpty || !values.TryGetValue(other, out var theirs)
                || values[field] is not { Value: { } mine } here || theirs.Value is not { } value)
            {
                continue;
            }

            if (!column.Known.Contains(mine, StringComparer.Ordinal) && column.Known.Contains(value, StringComparer.Ordinal))
            {
                values[field] = here with { Value = value };
                values[other] = theirs with { Value = mine };
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.EvidenceCsvColumnsSwapped,
                    $"The row's '{field}' ('{mine}') is not one of the values it can hold, but its '{other}' ('{value}') is: the two columns are swapped in this row and are read the right way round.",
                    here.Location));
            }
        }

        return values.OrderBy(v => v.Key, StringComparer.Ordinal);
    }

    private DataScalar Scalar(CsvColumnMapping column, Func<int, string?> cell, int line, ImmutableArray<Diagnostic>.Builder errors)
    {
        var (name, text) = Cell(column, column.Column, cell) is { } first ? (column.Column, first)
            : column.Fallback is { } fallback && Cell(column, fallback, cell) is { } second ? (fallback, second)
            : (columns.ContainsKey(column.Column) ? column.Column : column.Fallback ?? column.Column, null);
        var at = Where(name, line);
        if (text is not null && column.Map.TryGetValue(text, out var mapped))
        {
            text = mapped;
        }

        if (text is not null && column.Type == "int" && !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 1e15)
            {
                text = ((long)d).ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add(Diagnostic.Error(DiagnosticCodes.EvidenceCsvValue, $"The column '{column.Column}' must hold a whole number (found '{text}').", at));
                text = null;
            }
        }

        return new DataScalar { Value = text, Location = at };
    }

    /// <summary>The trimmed text of a column's cell, or <see langword="null"/> when the file has no such column or the cell is missing.</summary>
    private string? Cell(CsvColumnMapping column, string name, Func<int, string?> cell) =>
        columns.TryGetValue(name, out var index) && cell(index)?.Trim() is { } text && !column.Missing.Contains(text, StringComparer.Ordinal) ? text : null;

    private SourceLocation Where(string column, int line) => new(file, line, columns.TryGetValue(column, out var index) ? index + 1 : 1);
}
