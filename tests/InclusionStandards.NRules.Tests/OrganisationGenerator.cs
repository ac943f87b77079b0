using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using InclusionStandards.Evidence;
using InclusionStandards.Rules.Facts;
using Record = InclusionStandards.Rules.Facts.Record;

namespace InclusionStandards.NRules.Tests;

/// <summary>One generated organisation and the edits that made it (shown when a property fails).</summary>
public sealed record GeneratedOrganisation(EvidenceDocument Evidence, string Template, ImmutableArray<string> Edits)
{
    public override string ToString() => $"{Template} with {Edits.Length} edits: {string.Join("; ", Edits.Take(40))}";
}

/// <summary>
/// An FsCheck generator of organisations over the evidence schema: one of the shipped examples with each field, at any
/// depth (root fields, records, elements of lists of records), kept, made absent, or given a generated value of its
/// schema type (bool, int, double, a string from those the examples use for that field or an unknown one, a timestamp
/// around the assessment date, a duration); elements of lists of records dropped or repeated under a new key. Missing
/// evidence, unknown vocabulary, empty lists and out-of-range figures all occur.
/// </summary>
public static class OrganisationGenerator
{
    private static readonly string[] Templates = ["strong-acute-trust.yaml", "struggling-trust.yaml", "icb-partial-evidence.yaml"];

    private static readonly Lazy<(EvidenceDocument[] Documents, Dictionary<string, string[]> Strings)> Seeds = new(() =>
    {
        var documents = Templates.Select(Engines.Example).ToArray();
        var strings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            CollectStrings(d.Root, strings);
        }

        return (documents, strings.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    });

    /// <summary>The arbitrary the differential property draws from.</summary>
    public static Arbitrary<GeneratedOrganisation> Organisations() => Arb.From(Organisation);

    public static Gen<GeneratedOrganisation> Organisation =>
        from t in Gen.Choose(0, Templates.Length - 1)
        from root in RecordGen(Seeds.Value.Documents[t].Root, "")
        select Build(Seeds.Value.Documents[t], Templates[t], root.Record, root.Edits);

    private static GeneratedOrganisation Build(EvidenceDocument template, string name, Record root, ImmutableArray<string> edits)
    {
        var elements = template.Elements.Keys.ToImmutableSortedDictionary(
            list => list,
            list => root.GetValue(list) is IEnumerable<object?> items ? items.OfType<Record>().ToImmutableArray() : [],
            StringComparer.Ordinal);
        return new(template with { Root = root, Elements = elements }, name, edits);
    }

    private sealed record Edited(Record Record, ImmutableArray<string> Edits);

    private static Gen<Edited> RecordGen(Record record, string path)
    {
        var fields = record.Type.Fields;
        return Gen.CollectToArray(fields, f => FieldGen(f, record.GetValue(f.Index), path.Length == 0 ? f.Name : $"{path}.{f.Name}")).Select(values =>
        {
            var builder = record.ToBuilder();
            var edits = ImmutableArray.CreateBuilder<string>();
            var list = values.ToList();
            for (var i = 0; i < fields.Length; i++)
            {
                if (list[i].Edits.IsEmpty)
                {
                    continue;
                }

                builder.Set(fields[i].Index, list[i].Value);
                edits.AddRange(list[i].Edits);
            }

            return new Edited(builder.Build(), edits.ToImmutable());
        });
    }

    private sealed record FieldValue(object? Value, ImmutableArray<string> Edits);

    private static Gen<FieldValue> FieldGen(RecordField field, object? current, string path)
    {
        if (path is "organisation" or "period" or "assessmentDate" || path.StartsWith("organisation.", StringComparison.Ordinal) || path.StartsWith("period.", StringComparison.Ordinal))
        {
            return Gen.Constant(new FieldValue(current, []));
        }

        var keep = Gen.Constant(new FieldValue(current, []));
        var absent = Gen.Constant(new FieldValue(null, [$"{path} absent"]));
        if (current is Record nested)
        {
            return Gen.Frequency((6, RecordGen(nested, path).Select(e => new FieldValue(e.Record, e.Edits))), (1, absent));
        }

        if (current is IEnumerable<object?> items && field.Type.ElementType?.RecordType is not null)
        {
            var records = items.OfType<Record>().ToList();
            return Gen.Frequency((6, ListGen(records, path)), (1, absent), (1, Gen.Constant(new FieldValue(new List<object?>(), [$"{path} empty"]))));
        }

        var generated = ValueGen(field.Type, current, path).Select(v => new FieldValue(v, [$"{path} = {Show(v)}"]));
        return Gen.Frequency((8, keep), (1, absent), (2, generated));
    }

    private static Gen<FieldValue> ListGen(List<Record> records, string path)
    {
        return Gen.CollectToArray(Enumerable.Range(0, records.Count), i =>
            from choice in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            from edited in RecordGen(records[i], $"{path}[{i}]")
            select (Choice: choice, Edited: edited, Index: i)).Select(list =>
        {
            var result = new List<object?>();
            var edits = ImmutableArray.CreateBuilder<string>();
            foreach (var (choice, edited, i) in list)
            {
                if (choice == 1)
                {
                    edits.Add($"{path}[{i}] dropped");
                    continue;
                }

                result.Add(edited.Record);
                edits.AddRange(edited.Edits);
                if (choice == 2 && Copy(edited.Record, $"copy-{i}") is { } copy)
                {
                    result.Add(copy);
                    edits.Add($"{path}[{i}] repeated");
                }
            }

            return new FieldValue(result, edits.ToImmutable());
        });
    }

    /// <summary>A copy of an element under a new key (elements are reported by key, so keys stay unique).</summary>
    private static Record? Copy(Record record, string key) =>
        record.Type.TryGetField("id", out var id) && id.Type.Kind == FieldKind.String ? record.ToBuilder().Set(id.Index, key).Build() : null;

    private static Gen<object?> ValueGen(FieldType type, object? current, string path) => type.Kind switch
    {
        FieldKind.Bool => Gen.Elements<object?>(true, false),
        FieldKind.Int => Gen.Choose(-1, 60).Select(i => (object?)(long)i),
        FieldKind.Double => Gen.Frequency((4, Gen.Choose(0, 1000).Select(i => (object?)(i / 10.0))), (1, Gen.Choose(-50, 50).Select(i => (object?)(double)i))),
        FieldKind.Timestamp => Gen.Choose(-1500, 120).Select(d => (object?)new DateTimeOffset(2024, 6, 30, 0, 0, 0, TimeSpan.Zero).AddDays(d)),
        FieldKind.Duration => Gen.Choose(0, 2000).Select(h => (object?)TimeSpan.FromHours(h)),
        FieldKind.String => Gen.Elements<object?>([.. Seeds.Value.Strings.GetValueOrDefault(Unindexed(path), []), "not-a-known-value"]),
        _ => Gen.Constant(current),
    };

    private static string Unindexed(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]");

    private static void CollectStrings(Record record, Dictionary<string, HashSet<string>> strings, string path = "")
    {
        foreach (var f in record.Type.Fields)
        {
            var p = path.Length == 0 ? f.Name : $"{path}.{f.Name}";
            switch (record.GetValue(f.Index))
            {
                case string s:
                    (strings.TryGetValue(p, out var set) ? set : strings[p] = new(StringComparer.Ordinal)).Add(s);
                    break;
                case Record r:
                    CollectStrings(r, strings, p);
                    break;
                case IEnumerable<object?> items:
                    foreach (var r in items.OfType<Record>())
                    {
                        CollectStrings(r, strings, p + "[]");
                    }

                    break;
            }
        }
    }

    private static string Show(object? v) => v switch
    {
        null => "null",
        DateTimeOffset d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
