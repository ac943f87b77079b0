using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>Enumerates the identified items of the catalog for the validation stages.</summary>
internal static class CatalogWalk
{
    /// <summary>Every item that cites sources, with its standard.</summary>
    public static IEnumerable<(Standard Standard, ICitedItem Item)> CitedItems(StandardsCatalog catalog) =>
        catalog.Standards.SelectMany(s => Items(s).Select(i => (s, i)));

    /// <summary>Every id that must be unique in the catalog, with where it is declared and what it identifies.</summary>
    public static IEnumerable<(string Id, SourceLocation Location, string What)> Ids(StandardsCatalog catalog)
    {
        foreach (var s in catalog.Standards)
        {
            yield return (s.Id, s.Location, "standard");
            foreach (var i in Items(s))
            {
                yield return (i.Id, i.Location, i.GetType().Name.ToLowerInvariant());
            }

            if (s is Framework { RatingScale: { } scale })
            {
                yield return (scale.Id, scale.Location, "rating scale");
            }

            if (s is RulesStandard rules)
            {
                foreach (var r in rules.Rules)
                {
                    yield return (r.Id, r.Location, "rule");
                }
            }
        }
    }

    private static IEnumerable<ICitedItem> Items(Standard s) => s switch
    {
        Taxonomy t => t.Vocabularies,
        Framework f => [.. f.Domains, .. f.Criteria],
        ObjectivesStandard o => [.. o.Objectives, .. o.Ways, .. o.Ways.SelectMany(w => w.Criteria), .. o.Criteria],
        DomainStandard d => [.. d.Statements, .. d.Statements.SelectMany(x => x.Criteria)],
        IndicatorsStandard i => i.Indicators,
        ActionsStandard a => [.. a.Actions, .. a.Actions.SelectMany(x => x.Criteria)],
        _ => [],
    };
}
