using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: csv-mapping</c> (format §9).</summary>
internal static class CsvMappingReader
{
    public static readonly string[] Keys = Header.With("description", "organisation", "period", "evidence");

    public static CsvMapping Read(MapReader r)
    {
        var period = r.Node("period", true) is { } p ? new MapReader(r.Ctx, p, "period", "column", "financialYear") : null;
        return new CsvMapping
        {
            Id = r.Id(),
            File = r.Ctx.File,
            Location = r.LocationOf("id"),
            Organisation = Columns(r, "organisation"),
            Period = new CsvPeriodMapping
            {
                Column = period?.IsValid == true ? period.RequiredString("column") : string.Empty,
                FinancialYear = period?.IsValid == true && (period.Bool("financialYear") ?? false),
                Location = period?.Location ?? r.Location,
            },
            Evidence = Columns(r, "evidence"),
        };
    }

    private static ImmutableDictionary<string, CsvColumnMapping> Columns(MapReader r, string key)
    {
        var result = ImmutableDictionary.CreateBuilder<string, CsvColumnMapping>(StringComparer.Ordinal);
        foreach (var (name, node) in r.Entries(key, true))
        {
            var c = new MapReader(r.Ctx, node, $"the mapping of '{name.Value}'", "column", "fallback", "type", "map", "missing", "known", "swappedWith");
            if (!c.IsValid)
            {
                continue;
            }

            var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (from, to) in c.Entries("map"))
            {
                if (to is YScalar s)
                {
                    map[from.Value] = s.Value;
                }
            }

            var type = c.String("type");
            if (type is not null and not "int")
            {
                r.Ctx.Error(DiagnosticCodes.InvalidValue, $"A column's 'type' is 'int' (a whole number, e.g. a base count) or absent, not '{type}'.", c.LocationOf("type"));
                type = null;
            }

            result[name.Value] = new CsvColumnMapping
            {
                Column = c.RequiredString("column"),
                Fallback = c.String("fallback"),
                Type = type,
                Map = map.ToImmutable(),
                Missing = c.Strings("missing"),
                Known = c.Strings("known"),
                SwappedWith = c.String("swappedWith"),
                Location = name.Start,
            };
        }

        foreach (var (name, column) in result)
        {
            if (column.SwappedWith is { } other && (!result.ContainsKey(other) || other == name || column.Known.IsEmpty))
            {
                r.Ctx.Error(DiagnosticCodes.InvalidValue,
                    $"'{name}' is 'swappedWith' '{other}', which must be another field of '{key}' ({string.Join(", ", result.Keys.Where(k => k != name).Order(StringComparer.Ordinal))}), and needs a 'known' list to tell a swapped row.",
                    column.Location);
            }
        }

        return result.ToImmutable();
    }
}
