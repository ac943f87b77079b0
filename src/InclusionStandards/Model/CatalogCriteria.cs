namespace InclusionStandards.Model;

/// <summary>Lists the criteria of one standard with their scopes.</summary>
internal static class CatalogCriteria
{
    public static IEnumerable<CatalogCriterion> Of(Standard standard) => standard switch
    {
        Framework f => Top(f, f.Criteria),
        ObjectivesStandard o => o.Ways.SelectMany(w => w.Criteria.Select(c => Make(c, o, CriterionScopeKind.Way, w.Id, w.Title)))
            .Concat(Top(o, o.Criteria)),
        DomainStandard d => d.Statements.SelectMany(s => s.Criteria.Select(c => Make(c, d, CriterionScopeKind.Statement, s.Id, s.Title))),
        ActionsStandard a => a.Actions.SelectMany(x => x.Criteria.Select(c => Make(c, a, CriterionScopeKind.Action, x.Id, x.Title))),
        _ => [],
    };

    private static IEnumerable<CatalogCriterion> Top(Standard s, IEnumerable<Criterion> criteria) =>
        criteria.Select(c => Make(c, s, CriterionScopeKind.Standard, s.Id, s.Title));

    private static CatalogCriterion Make(Criterion c, Standard s, CriterionScopeKind kind, string id, string title) =>
        new() { Criterion = c, Standard = s, ScopeKind = kind, ScopeId = id, ScopeTitle = title };
}
