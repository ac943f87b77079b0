using InclusionStandards.Diagnostics;
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
        var schemes = catalog.OfKind<ScoringScheme>().GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var entry in catalog.EnumerateCriteria())
        {
            var c = entry.Criterion;
            CheckAction(context, roles, "Criterion", c.Id, c.Action, c.Owner, c.OwnerLocation ?? c.Location);
            if (c.Score is { } score && ScoreProblem(catalog, entry, score, schemes) is { } problem)
            {
                context.Error(DiagnosticCodes.InvalidScore, problem, c.ScoreLocation ?? c.Location);
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

    /// <summary>What is wrong with a criterion's <c>score</c> declaration; null when it names a number field under a scheme with criterion scores.</summary>
    internal static string? ScoreProblem(StandardsCatalog catalog, CatalogCriterion entry, string path, Dictionary<string, ScoringScheme> schemes)
    {
        var c = entry.Criterion;
        var schemeId = entry.Standard switch
        {
            DomainStandard d => d.Scoring,
            Framework f => f.Scoring,
            ObjectivesStandard o => o.Scoring,
            _ => null,
        };
        if (schemeId is null || !schemes.TryGetValue(schemeId, out var scheme) || scheme.CriterionScores is null)
        {
            return $"Criterion '{c.Id}' has a 'score', but its standard's scoring scheme{(schemeId is null ? "" : $" '{schemeId}'")} has no 'criterionScores' to give the range of such scores.";
        }

        if (c.ForEach is not null || FieldKind(catalog.EvidenceSchema, path) is not (TypeReferenceKind.Int or TypeReferenceKind.Double))
        {
            return $"The 'score' of criterion '{c.Id}' must be the path of an int or double evidence field (e.g. 'eds.outcome1a'); '{path}' is not.";
        }

        return null;
    }

    /// <summary>
    /// The score of a well-declared <c>score</c> must be read by the criterion's <c>met</c> (a pass over its checked tree:
    /// one of its evidence paths is the score's).
    /// </summary>
    internal static IEnumerable<Diagnostics.Diagnostic> ScoreReads(StandardsCatalog catalog, BoundCatalog bound)
    {
        var schemes = catalog.OfKind<ScoringScheme>().GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var c in bound.Criteria.Values)
        {
            if (c.Criterion.Score is { } path && c.Met?.Checked is not null && ScoreProblem(catalog, c.Info, path, schemes) is null && !c.Met.EvidencePaths.Contains(path, StringComparer.Ordinal))
            {
                yield return Diagnostics.Diagnostic.Error(DiagnosticCodes.InvalidScore,
                    $"The 'met' condition of criterion '{c.Criterion.Id}' does not read its 'score' '{path}'; a criterion is scored from the evidence it is judged on.",
                    c.Criterion.ScoreLocation ?? c.Criterion.Location);
            }
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
