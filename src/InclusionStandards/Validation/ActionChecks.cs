using System.Text.RegularExpressions;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Checks what criteria say about the board's next step and their own score (format §3): <c>action</c> and
/// <c>owner</c> come together and the owner is a term of the <c>owner-roles</c> vocabulary; a <c>score</c> names a
/// number field its met condition reads, under a scheme with <c>criterionScores</c>.
/// </summary>
internal static class ActionChecks
{
    /// <summary>The vocabulary owner roles come from.</summary>
    public const string OwnerVocabulary = "owner-roles";

    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        var roles = catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies).FirstOrDefault(v => v.Id == OwnerVocabulary)?.Terms.Select(t => t.Id).ToList();
        var schemes = catalog.OfKind<ScoringScheme>().ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var entry in catalog.EnumerateCriteria())
        {
            var c = entry.Criterion;
            CheckAction(context, roles, "Criterion", c.Id, c.Action, c.Owner, c.OwnerLocation ?? c.Location);
            if (c.Score is { } score)
            {
                CheckScore(context, entry, score, schemes);
            }
        }

        foreach (var (i, _) in catalog.EnumerateIndicators())
        {
            CheckAction(context, roles, "Indicator", i.Id, i.Action, i.Owner, i.OwnerLocation ?? i.Location);
        }
    }

    private static void CheckAction(ValidationContext context, List<string>? roles, string what, string id, string? action, string? owner, Diagnostics.SourceLocation at)
    {
        if ((action is null) != (owner is null))
        {
            context.Error(DiagnosticCodes.InvalidAction,
                action is null
                    ? $"{what} '{id}' has an 'owner' but no 'action': write the action the owner takes when it is not met."
                    : $"{what} '{id}' has an 'action' but no 'owner': name the role that owns it (a term of the '{OwnerVocabulary}' vocabulary).",
                at);
        }

        if (owner is null)
        {
            return;
        }

        if (roles is null)
        {
            context.Error(DiagnosticCodes.InvalidAction,
                $"Owner '{owner}' cannot be checked: no taxonomy declares the '{OwnerVocabulary}' vocabulary that owners come from.", at);
        }
        else if (!roles.Contains(owner, StringComparer.Ordinal))
        {
            context.Error(DiagnosticCodes.InvalidAction,
                $"Owner '{owner}' is not a term of the '{OwnerVocabulary}' vocabulary.{Loading.Levenshtein.DidYouMean(owner, roles)}", at);
        }
    }

    private static void CheckScore(ValidationContext context, CatalogCriterion entry, string path, Dictionary<string, ScoringScheme> schemes)
    {
        var c = entry.Criterion;
        var at = c.ScoreLocation ?? c.Location;
        var schemeId = entry.Standard switch
        {
            DomainStandard d => d.Scoring,
            Framework f => f.Scoring,
            ObjectivesStandard o => o.Scoring,
            _ => null,
        };
        if (schemeId is null || !schemes.TryGetValue(schemeId, out var scheme) || scheme.CriterionScores is null)
        {
            context.Error(DiagnosticCodes.InvalidScore,
                $"Criterion '{c.Id}' has a 'score', but its standard's scoring scheme{(schemeId is null ? "" : $" '{schemeId}'")} has no 'criterionScores' to give the range of such scores.", at);
            return;
        }

        if (c.ForEach is not null || FieldKind(context.Catalog.EvidenceSchema, path) is not (TypeReferenceKind.Int or TypeReferenceKind.Double))
        {
            context.Error(DiagnosticCodes.InvalidScore,
                $"The 'score' of criterion '{c.Id}' must be the path of an int or double evidence field (e.g. 'eds.outcome1a'); '{path}' is not.", at);
            return;
        }

        var reads = new Regex($@"(?<![\w.]){Regex.Escape(path)}(?![\w])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!reads.IsMatch(c.Met.Text))
        {
            context.Error(DiagnosticCodes.InvalidScore,
                $"The 'met' condition of criterion '{c.Id}' does not read its 'score' '{path}'; a criterion is scored from the evidence it is judged on.", at);
        }
    }

    /// <summary>The primitive kind of the field at a dotted path from the evidence root; null when the path does not resolve.</summary>
    private static TypeReferenceKind? FieldKind(EvidenceSchema? schema, string path)
    {
        if (schema is null)
        {
            return null;
        }

        var parts = path.Split('.');
        var field = schema.FindRootField(parts[0]);
        for (var i = 1; i < parts.Length && field is not null; i++)
        {
            field = field.Type is { Kind: TypeReferenceKind.Named, Name: { } name }
                ? schema.FindType(name)?.Fields.FirstOrDefault(f => f.Name == parts[i])
                : null;
        }

        return field?.Type.Kind;
    }
}
