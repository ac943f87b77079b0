using InclusionStandards.Evaluation;
using System.Collections.Immutable;
using InclusionStandards.Assessments;
using InclusionStandards.Evidence;
using InclusionStandards.Model;
using InclusionStandards.Scoring;

namespace InclusionStandards.Assessments;

/// <summary>Turns the findings of one run into the immutable, deterministically ordered <see cref="Assessment"/>.</summary>
internal sealed class AssessmentBuilder(CompiledStandards standards)
{
    private readonly ImmutableArray<StandardReference> _references = [.. standards.Catalog.Standards
        .Select(s => new StandardReference(s.Id, KebabCase.Of(s.Kind), s.Version, KebabCase.Of(s.Status), s.ContentHash) { Title = s.Title })
        .OrderBy(r => r.Id, StringComparer.Ordinal)];

    private readonly ScopeBuilder _scopes = new(standards);
    private readonly ResultDetails _details = new(standards.Catalog);
    private readonly ActionPlanBuilder _plan = new(standards);
    private readonly DisclosureMarks _disclosure = new(standards.Catalog.EvidenceSchema);

    public Assessment Build(EvidenceDocument evidence, DateOnly date, FindingSet findings)
    {
        var byCriterion = findings.Criteria.Where(f => f.Subject is null).GroupBy(f => f.CriterionId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byIndicator = findings.Indicators.GroupBy(f => f.IndicatorId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rules = findings.Firings.GroupBy(f => f.Target).ToDictionary(g => g.Key, g => g.Select(x => x.Rule).Distinct().ToImmutableArray(), StringComparer.Ordinal);
        var criteria = new List<CriterionResult>();
        foreach (var c in standards.Criteria)
        {
            if (byCriterion.TryGetValue(c.Id, out var f))
            {
                criteria.Add(_details.Describe(ToResult(c.Info, f, rules.GetValueOrDefault(c.Id, [])), c));
            }
        }

        var indicators = new List<IndicatorResult>();
        foreach (var i in standards.Indicators)
        {
            var f = byIndicator.GetValueOrDefault(i.Id) ?? new IndicatorFinding { IndicatorId = i.Id, Error = "not evaluated" };
            var result = IndicatorResults.ToResult(i, f);
            indicators.Add(result);
            if (result.Outcome is { } outcome)
            {
                criteria.Add(_details.Describe(IndicatorResults.ToCriterion(i, f, result, outcome, rules.GetValueOrDefault(i.Id, [])), i));
            }
        }

        var scopes = _scopes.Build(evidence, criteria);
        var (scored, marked) = _disclosure.Apply([.. criteria.Select(c => c with { Score = _scopes.ScoreOf(c) })], indicators);
        return new Assessment
        {
            Organisation = evidence.Organisation,
            Period = evidence.Period,
            AssessmentDate = date,
            CatalogHash = standards.Catalog.ContentHash,
            Standards = _references,
            Criteria = scored,
            Indicators = marked,
            Scopes = scopes,
            MissingEvidence = [.. scored.SelectMany(c => c.MissingEvidence).Concat(indicators.SelectMany(i => i.MissingEvidence)).Distinct().Order(StringComparer.Ordinal)],
            RuleFirings = findings.Firings.Length,
            ActionPlan = _plan.Build(scored, date),
        };
    }

    private static CriterionResult ToResult(CatalogCriterion info, CriterionFinding f, ImmutableArray<string> rules)
    {
        // A kind: rules rule fires for every organisation; it is listed where it found something (DerivedBy).
        ImmutableArray<string> own = [.. rules.Where(r => !r.StartsWith("rule:", StringComparison.Ordinal))];
        var elementRules = f.Elements.IsEmpty ? own : [.. own.Where(r => r.EndsWith(":element", StringComparison.Ordinal))];
        return ToResult(info, f, own, elementRules);
    }

    private static CriterionResult ToResult(CatalogCriterion info, CriterionFinding f, ImmutableArray<string> rules, ImmutableArray<string> elementRules) => new()
    {
        CriterionId = info.Criterion.Id,
        StandardId = info.Standard.Id,
        ScopeId = info.ScopeId,
        Title = info.Criterion.Title,
        Subject = f.Subject,
        Outcome = f.Outcome,
        Reasons = f.Reasons,
        EvidenceUsed = f.EvidenceUsed,
        MissingEvidence = f.Missing,
        RulesFired = f.DerivedBy.IsEmpty && f.Elements.IsEmpty ? rules : [.. f.DerivedBy.Concat(f.Elements.SelectMany(e => e.DerivedBy)).Distinct().Order(StringComparer.Ordinal), .. rules],
        Error = f.Error,
        Elements = f.Elements.IsEmpty ? [] : [.. f.Elements.Select(e => ToResult(info, e, elementRules, elementRules))],
    };
}
