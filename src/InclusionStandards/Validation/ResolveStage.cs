using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Resolves references across files: duplicate ids, citations, vocabularies, scoring schemes, framework domains,
/// evidence type names, <c>for.each</c> and coverage lists, evidence categories.
/// </summary>
internal sealed class ResolveStage : IValidationStage
{
    public string Name => "resolve";

    public void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        foreach (var group in CatalogWalk.Ids(catalog).Where(x => x.Id.Length > 0).GroupBy(x => x.Id).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(x => x.Location).ToList();
            var first = ordered[0];
            foreach (var dup in ordered.Skip(1)) // by position, not by value: an alias repeats an item with its location
            {
                var message = dup.Location == first.Location
                    ? $"The {first.What} '{dup.Id}' appears twice: a YAML alias repeats it; ids are unique across the catalog, so each item is written once."
                    : $"The id '{dup.Id}' is already used by a {first.What} at {first.Location}; ids are unique across the catalog.";
                context.Error(DiagnosticCodes.DuplicateId, message, dup.Location);
            }
        }

        foreach (var s in catalog.Standards)
        {
            foreach (var dup in s.Sources.GroupBy(x => x.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            {
                context.Error(DiagnosticCodes.DuplicateId, $"The source id '{dup.Id}' is declared twice in this file.", dup.Location);
            }
        }

        foreach (var (standard, item) in CatalogWalk.CitedItems(catalog))
        {
            foreach (var c in item.Sources.Where(c => standard.FindSource(c.Ref) is null))
            {
                context.Error(DiagnosticCodes.UnknownSource,
                    $"'{c.Ref}' is not a source of this file.{Loading.Levenshtein.DidYouMean(c.Ref, standard.Sources.Select(x => x.Id))} Declare it under the file's 'sources'.", c.Location);
            }
        }

        var schemes = catalog.OfKind<ScoringScheme>().Select(s => s.Id).ToHashSet();
        foreach (var (scoring, where) in ScoringRefs(catalog))
        {
            if (scoring is not null && !schemes.Contains(scoring))
            {
                context.Error(DiagnosticCodes.UnknownScoring, $"No scoring scheme has the id '{scoring}'.{Loading.Levenshtein.DidYouMean(scoring, schemes)}", where);
            }
        }

        // Framework roles are matched against board members' role field: a role outside its vocabulary never applies.
        var roleVocabulary = catalog.EvidenceSchema?.Types.SelectMany(t => t.Fields).FirstOrDefault(x => x.Name == "role" && x.Vocabulary is not null)?.Vocabulary;
        var roleTerms = catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies).FirstOrDefault(v => v.Id == roleVocabulary)?.Terms.Select(t => t.Id).ToList();
        foreach (var f in catalog.OfKind<Framework>())
        {
            var domains = f.Domains.Select(d => d.Id).ToHashSet();
            foreach (var role in f.Roles)
            {
                if (roleTerms is not null && !roleTerms.Contains(role.Role, StringComparer.Ordinal))
                {
                    context.Error(DiagnosticCodes.UnknownReference,
                        $"Role '{role.Role}' is not a term of the vocabulary '{roleVocabulary}' that board members' roles come from, so it would never apply.{Loading.Levenshtein.DidYouMean(role.Role, roleTerms)}",
                        role.Location);
                }

                for (var i = 0; i < role.Domains.Length; i++)
                {
                    if (!domains.Contains(role.Domains[i]))
                    {
                        var at = role.DomainLocations.Length == role.Domains.Length ? role.DomainLocations[i] : role.Location;
                        context.Error(DiagnosticCodes.UnknownReference,
                            $"Role '{role.Role}' lists '{role.Domains[i]}', which is not a domain of this framework.{Loading.Levenshtein.DidYouMean(role.Domains[i], domains)}", at);
                    }
                }
            }
        }

        foreach (var d in catalog.OfKind<DomainStandard>())
        {
            foreach (var c in d.Statements.SelectMany(s => s.Criteria).Where(c => c.Category is not null && !d.EvidenceCategories.Contains(c.Category)))
            {
                context.Error(DiagnosticCodes.UnknownCategory, $"'{c.Category}' is not one of the domain's evidenceCategories ({string.Join(", ", d.EvidenceCategories)}).{Loading.Levenshtein.DidYouMean(c.Category!, d.EvidenceCategories)}", c.CategoryLocation ?? c.Location);
            }
        }

        ActionChecks.Run(context);
        new SchemaReferences(context).Run();
    }

    private static IEnumerable<(string? Scoring, Diagnostics.SourceLocation Where)> ScoringRefs(StandardsCatalog catalog) =>
        catalog.Standards.Select(s => s switch
        {
            Framework f => (f.Scoring, f.ScoringLocation ?? f.Location),
            ObjectivesStandard o => (o.Scoring, o.ScoringLocation ?? o.Location),
            DomainStandard d => (d.Scoring, d.ScoringLocation ?? d.Location),
            _ => ((string?)null, s.Location),
        });
}
