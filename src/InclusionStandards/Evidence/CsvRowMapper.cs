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

    public (DataNode? Tree, ImmutableArray<Diagnostic> Errors) Map(Func<int, string?> cell, int line)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        var at = new SourceLocation(file, line, 1);
        var organisation = new PathTree();
        foreach (var (field, column) in _organisation)
        {
            organisation.Set(field, Scalar(column, cell, line, errors));
        }

        var yearAt = Where(mapping.Period.Column, line);
        var yearText = cell(columns[mapping.Period.Column]);
        if (yearText is null || !int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
        {
            errors.Add(Diagnostic.Error(EvidenceCodes.CsvValue, $"The period column '{mapping.Period.Column}' must hold a year such as 2022.", yearAt));
            return (null, errors.ToImmutable());
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
        return (root.ToData(at), errors.ToImmutable());
    }

    private DataScalar Scalar(CsvColumnMapping column, Func<int, string?> cell, int line, ImmutableArray<Diagnostic>.Builder errors)
    {
        var at = Where(column.Column, line);
        var text = cell(columns[column.Column])?.Trim();
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
                errors.Add(Diagnostic.Error(EvidenceCodes.CsvValue, $"The column '{column.Column}' must hold a whole number (found '{text}').", at));
                text = null;
            }
        }

        return new DataScalar { Value = text, Location = at };
    }

    private SourceLocation Where(string column, int line) => new(file, line, columns[column] + 1);
}
