using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>Resolves references into and within the evidence schema: type names, vocabularies, <c>for.each</c>, coverage.</summary>
internal sealed class SchemaReferences(ValidationContext context)
{
    public void Run()
    {
        var catalog = context.Catalog;
        var schema = catalog.EvidenceSchema;
        if (schema is null)
        {
            return;
        }

        var typeNames = schema.Types.Select(t => t.Name).ToList();
        var vocabularies = catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies).Select(v => v.Id).ToList();
        foreach (var field in schema.Types.SelectMany(t => t.Fields).Concat(schema.Root))
        {
            foreach (var name in Names(field.Type).Where(n => !typeNames.Contains(n)))
            {
                context.Error(DiagnosticCodes.UnknownType, $"The type '{name}' is not declared under 'types'.{Levenshtein.DidYouMean(name, typeNames)}", field.TypeLocation);
            }

            if (field.Vocabulary is { } v && !vocabularies.Contains(v))
            {
                context.Error(DiagnosticCodes.UnknownVocabulary, $"No taxonomy declares a vocabulary '{v}'.{Levenshtein.DidYouMean(v, vocabularies)}", field.Location);
            }
        }

        foreach (var entry in catalog.EnumerateCriteria())
        {
            if (entry.Criterion.ForEach is { } fe && RootList(schema, fe.Each, fe.Location, "for.each", recordsOnly: true) is null
                && schema.FindRootField(fe.Each) is { Type: { Kind: TypeReferenceKind.List, Element.Kind: not TypeReferenceKind.Named } } list)
            {
                context.Error(DiagnosticCodes.NotARootList, $"'for.each' must name a list of records; '{fe.Each}' is a list of {list.Type.Element?.Name ?? "values"}.", fe.Location);
            }
        }

        foreach (var p in catalog.OfKind<RulesStandard>().SelectMany(r => r.Rules).SelectMany(r => r.When))
        {
            var list = schema.FindRootField(p.Each);
            if (RootList(schema, p.Each, p.EachLocation, "A rule pattern's 'each'", recordsOnly: true) is null && list?.Type.Kind == TypeReferenceKind.List)
            {
                context.Error(DiagnosticCodes.NotARootList, $"A rule pattern's 'each' must name a list of records; '{p.Each}' is a list of {list.Type.Element?.Name ?? "values"}.", p.EachLocation);
            }
        }

        foreach (var o in catalog.OfKind<ObjectivesStandard>())
        {
            if (o.Coverage is { } c && RootList(schema, c.Each, c.Location, "coverage.each") is { } element)
            {
                var field = element.FindField(c.Field);
                if (field is null || field.Type.Kind != TypeReferenceKind.List)
                {
                    context.Error(DiagnosticCodes.NotARootList,
                        $"coverage.field '{c.Field}' must be a list field of {element.Name} (listing objective ids).{Levenshtein.DidYouMean(c.Field, element.Fields.Select(f => f.Name))}", c.Location);
                }
            }
        }
    }

    private EvidenceTypeDefinition? RootList(EvidenceSchema schema, string each, Diagnostics.SourceLocation at, string what, bool recordsOnly = false)
    {
        var root = schema.FindRootField(each);
        if (root is null || root.Type.Kind != TypeReferenceKind.List)
        {
            var lists = schema.Root.Where(f => f.Type.Kind == TypeReferenceKind.List && (!recordsOnly || f.Type.Element?.Kind == TypeReferenceKind.Named)).Select(f => f.Name).ToList();
            context.Error(DiagnosticCodes.NotARootList,
                $"{what} '{each}' is not a list field of the evidence root ({string.Join(", ", lists)}).{Levenshtein.DidYouMean(each, lists)}", at);
            return null;
        }

        return root.Type.Element is { Kind: TypeReferenceKind.Named, Name: { } n } ? schema.FindType(n) : null;
    }

    private static IEnumerable<string> Names(TypeReference type) => type.Kind switch
    {
        TypeReferenceKind.Named => [type.Name!],
        TypeReferenceKind.List or TypeReferenceKind.Map => Names(type.Element!),
        _ => [],
    };
}
