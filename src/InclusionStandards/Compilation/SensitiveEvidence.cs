using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Compilation;

/// <summary>
/// Whether a condition reads a sensitive or protected field. The run-time error of such a condition (a failed
/// conversion, say) may quote the value, so results show <see cref="WithheldError"/> instead, as reports never show
/// those values.
/// </summary>
internal static class SensitiveEvidence
{
    public const string WithheldError =
        "the condition could not be evaluated (the error message is withheld: the condition reads sensitive or protected evidence, which results never show)";

    /// <param name="paths">The condition's evidence paths (<c>member.name</c>, <c>boardMembers[].name</c>).</param>
    /// <param name="schema">The evidence schema (which fields are sensitive or protected).</param>
    /// <param name="root">The evidence root type.</param>
    /// <param name="variables">Variables bound to elements, with their record types.</param>
    public static bool Reads(IEnumerable<string> paths, EvidenceSchema schema, RecordType root, IReadOnlyDictionary<string, RecordType> variables)
    {
        foreach (var path in paths)
        {
            var segments = path.Split('.');
            var type = variables.TryGetValue(segments[0], out var bound) ? bound : root;
            for (var i = ReferenceEquals(type, bound) ? 1 : 0; i < segments.Length && type is not null; i++)
            {
                var name = segments[i].EndsWith("[]", StringComparison.Ordinal) ? segments[i][..^2] : segments[i];
                if (!type.TryGetField(name, out var field))
                {
                    break;
                }

                if (schema.FindType(type.Name)?.FindField(name) is { Sensitive: true } or { Protected: true }
                    || (ReferenceEquals(type, root) && schema.FindRootField(name) is { Sensitive: true } or { Protected: true }))
                {
                    return true;
                }

                type = field.Type.RecordType ?? field.Type.ElementType?.RecordType;
            }
        }

        return false;
    }
}
