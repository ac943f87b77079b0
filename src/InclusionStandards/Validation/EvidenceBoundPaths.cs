using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Reads the figures an evidence-schema field is bounded by (<c>atMost</c>, <c>usuallyAtMost</c>): a sibling field's name,
/// or a path from the evidence root (it has a dot) in which <c>*</c> stands for the name of the field holding the
/// record (<c>training.bme.accessed</c> with <c>usuallyAtMost: workforce.all.*</c> is bounded by
/// <c>workforce.all.bme</c>). Stateless.
/// </summary>
internal static class EvidenceBoundPaths
{
    /// <summary>True when the bound names a path from the evidence root rather than a sibling.</summary>
    public static bool IsPath(string bound) => bound.Contains('.', StringComparison.Ordinal);

    /// <summary>The path with <c>*</c> replaced by <paramref name="holder"/>.</summary>
    public static string Substitute(string bound, string holder) => bound.Replace("*", holder, StringComparison.Ordinal);

    /// <summary>The field a path from the root ends at, through records only (not lists or maps); null when it does not resolve.</summary>
    public static EvidenceFieldDefinition? Resolve(EvidenceSchema schema, string path)
    {
        var segments = path.Split('.');
        var field = schema.FindRootField(segments[0]);
        for (var i = 1; i < segments.Length && field is not null; i++)
        {
            field = field.Type is { Kind: TypeReferenceKind.Named, Name: { } name } && schema.FindType(name) is { } type ? type.FindField(segments[i]) : null;
        }

        return field;
    }

    /// <summary>The names of the fields (of any type, or the root) whose type is the record type <paramref name="typeName"/>.</summary>
    public static IEnumerable<string> Holders(EvidenceSchema schema, string typeName) =>
        schema.Types.SelectMany(t => t.Fields).Concat(schema.Root)
            .Where(f => f.Type is { Kind: TypeReferenceKind.Named } t && t.Name == typeName)
            .Select(f => f.Name).Distinct(StringComparer.Ordinal);
}
