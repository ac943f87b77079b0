using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: evidence-schema</c> (format §5).</summary>
internal static class EvidenceSchemaReader
{
    public static readonly string[] Keys = Header.With("types", "root");

    private static readonly string[] FieldKeys =
        ["type", "description", "unit", "allowed", "vocabulary", "min", "max", "atMost", "usuallyAtMost", "shareOf", "group", "sensitive", "protected"];

    public static EvidenceSchema Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Types = [.. r.Entries("types", true).Select(e => ReadType(r.Ctx, e.Key, e.Value)).OfType<EvidenceTypeDefinition>()],
        Root = ReadFields(r.Ctx, r.Entries("root", true), requireDescription: true),
    };

    private static EvidenceTypeDefinition? ReadType(FileContext ctx, YScalar name, YNode node)
    {
        var t = new MapReader(ctx, node, $"type '{name.Value}'", "description", "key", "fields");
        if (!t.IsValid)
        {
            return null;
        }

        if (t.String("description") is null)
        {
            ctx.Error(DiagnosticCodes.MissingKey, $"Type '{name.Value}' needs a 'description'.", name.Start);
        }

        return new EvidenceTypeDefinition
        {
            Name = name.Value,
            Description = t.String("description"),
            Key = t.String("key"),
            Fields = ReadFields(ctx, t.Entries("fields", true), requireDescription: false),
            Location = name.Start,
        };
    }

    private static ImmutableArray<EvidenceFieldDefinition> ReadFields(
        FileContext ctx, IEnumerable<KeyValuePair<YScalar, YNode>> entries, bool requireDescription)
    {
        var result = ImmutableArray.CreateBuilder<EvidenceFieldDefinition>();
        foreach (var (name, node) in entries)
        {
            var f = new MapReader(ctx, node, $"field '{name.Value}'", FieldKeys);
            if (!f.IsValid)
            {
                continue;
            }

            var typeNode = f.Scalar("type", true);
            var type = TypeReference.TryParse(typeNode?.Value);
            if (typeNode is not null && type is null)
            {
                ctx.Error(DiagnosticCodes.InvalidFieldType,
                    $"'{(typeNode.Value.Length > 80 ? typeNode.Value[..80] + "…" : typeNode.Value)}' is not a field type; use bool, int, double, string, timestamp, duration, list<T>, map<string, T> (nested at most {TypeReference.MaxNesting} deep) or a type name.",
                    typeNode.Start);
            }

            if (requireDescription && f.String("description") is null)
            {
                ctx.Error(DiagnosticCodes.MissingKey, $"Root field '{name.Value}' needs a 'description'.", name.Start);
            }

            result.Add(new EvidenceFieldDefinition
            {
                Name = name.Value,
                Type = type ?? TypeReference.Primitive(TypeReferenceKind.String),
                Description = f.String("description"),
                Unit = f.String("unit"),
                Allowed = f.Strings("allowed"),
                Vocabulary = f.String("vocabulary"),
                Min = f.Double("min"),
                Max = f.Double("max"),
                AtMost = f.Has("atMost") ? f.RequiredString("atMost") : null,
                AtMostLocation = f.LocationOf("atMost"),
                UsuallyAtMost = f.Has("usuallyAtMost") ? f.RequiredString("usuallyAtMost") : null,
                UsuallyAtMostLocation = f.LocationOf("usuallyAtMost"),
                ShareOf = f.Has("shareOf") ? f.RequiredString("shareOf") : null,
                Group = f.String("group"),
                Sensitive = f.Bool("sensitive") ?? false,
                Protected = f.Bool("protected") ?? false,
                Location = name.Start,
                TypeLocation = typeNode?.Start ?? name.Start,
            });
        }

        return result.ToImmutable();
    }
}
