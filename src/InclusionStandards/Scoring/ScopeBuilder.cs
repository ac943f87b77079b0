using System.Collections.Immutable;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// Builds the scored scopes of an assessment from its criterion results, through each standard's scoring scheme:
/// statements and domain (levels / sum), board members and board (competency scale), programmes and portfolio
/// (objective coverage), and whole standards otherwise. Results are ordered by standard, then as declared.
/// </summary>
internal sealed class ScopeBuilder
{
    private readonly CompiledStandards _standards;
    private readonly ImmutableDictionary<string, ScoringScheme> _schemeOfStandard;
    private readonly ImmutableDictionary<string, double> _weights;
    private readonly ImmutableDictionary<string, string> _scorePaths;

    public ScopeBuilder(CompiledStandards standards)
    {
        _standards = standards;
        var schemes = standards.Catalog.OfKind<ScoringScheme>().ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);
        _schemeOfStandard = standards.Catalog.Standards
            .Select(s => (s.Id, Scheme: SchemeId(s)))
            .Where(x => x.Scheme is not null && schemes.ContainsKey(x.Scheme))
            .ToImmutableDictionary(x => x.Id, x => schemes[x.Scheme!], StringComparer.Ordinal);
        _weights = standards.Criteria.GroupBy(c => c.Id).ToImmutableDictionary(g => g.Key, g => g.First().Info.Criterion.Weight, StringComparer.Ordinal);
        _scorePaths = standards.Criteria.Where(c => c.Info.Criterion.Score is not null).GroupBy(c => c.Id)
            .ToImmutableDictionary(g => g.Key, g => g.First().Info.Criterion.Score!, StringComparer.Ordinal);
    }

    /// <summary>The score a criterion's outcome gets under its standard's scheme; <see langword="null"/> when not scored.</summary>
    /// <remarks>Under a scheme with <c>criterionScores</c> the score is the criterion's own (its <c>score</c> evidence), and criteria without one are not scored.</remarks>
    public double? ScoreOf(CriterionResult result)
    {
        if (!_schemeOfStandard.TryGetValue(result.StandardId, out var scheme))
        {
            return null;
        }

        if (scheme.CriterionScores is { } range)
        {
            return _scorePaths.TryGetValue(result.CriterionId, out var path) ? Scoring.CriterionScores.Read(range, path, result) : null;
        }

        return SchemeMath.ValueOf(scheme, result.Outcome);
    }

    public ImmutableArray<ScopeResult> Build(EvidenceDocument evidence, IReadOnlyList<CriterionResult> criteria)
    {
        var result = new List<ScopeResult>();
        foreach (var standard in _standards.Catalog.Standards)
        {
            if (!_schemeOfStandard.TryGetValue(standard.Id, out var scheme))
            {
                continue;
            }

            var own = criteria.Where(c => c.StandardId == standard.Id).ToList();
            var first = result.Count;
            switch (standard)
            {
                case DomainStandard d when scheme.CriterionScores is not null:
                    var scoredStatements = d.Statements.Select(s => Scoring.CriterionScores.Leaf(new("statement", s.Id, null, s.Title), scheme,
                        [.. own.Where(c => c.ScopeId == s.Id).Select(c => (c, _scorePaths.ContainsKey(c.CriterionId), ScoreOf(c)))])).ToList();
                    result.AddRange(scoredStatements);
                    // A statement none of whose criteria carries a score (e.g. the EDS process) informs; it is not part of the total.
                    var parts = scoredStatements.Where((_, i) => d.Statements[i].Criteria.Any(c => c.Score is not null)).ToList();
                    result.Add(Scoring.CriterionScores.Aggregate(new("domain", d.Id, null, d.Title), scheme, parts));
                    break;
                case DomainStandard d:
                    var statements = d.Statements.Select(s => ScopeScoring.Leaf(new("statement", s.Id, null, s.Title), scheme, Items(own.Where(c => c.ScopeId == s.Id)))).ToList();
                    result.AddRange(statements);
                    result.Add(ScopeScoring.Aggregate(new("domain", d.Id, null, d.Title), scheme, statements));
                    break;
                case Framework f:
                    var members = own.SelectMany(c => c.Elements).GroupBy(e => e.Subject!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
                    result.AddRange(members.Select(g => ScopeScoring.Leaf(new("board-member", f.Id, g.Key, $"{f.Title}: {g.Key}"), scheme, Items(g))));
                    result.Add(ScopeScoring.Leaf(new("board", f.Id, null, f.Title), scheme, Items(own)));
                    break;
                case ObjectivesStandard o:
                    result.AddRange(Coverage.Build(o, scheme, evidence, own, Items));
                    break;
                default:
                    result.Add(ScopeScoring.Leaf(new("standard", standard.Id, null, standard.Title), scheme, Items(own)));
                    break;
            }

            // The same for every scope of the standard (a board of 10,000 members has 10,000 scopes): built once.
            var bands = scheme.Ratings.OrderBy(b => b.From).ThenBy(b => b.To).Select(b => new RatingBandInfo(b.Label, b.From, b.To)).ToImmutableArray();
            var status = KebabCase.Of(standard.Status);
            var schemeStatus = KebabCase.Of(scheme.Status);
            for (var i = first; i < result.Count; i++)
            {
                result[i] = result[i] with
                {
                    RatingMeaning = scheme.Ratings.FirstOrDefault(b => b.Label == result[i].Rating)?.Meaning?.Trim(),
                    SchemeTitle = scheme.Title,
                    Status = status,
                    SchemeStatus = schemeStatus,
                    Bands = result[i].Kind is "statement" || (scheme.Method == ScoringMethod.Levels && result[i].Kind is not ("domain" or "board" or "portfolio" or "standard"))
                        ? []
                        : bands,
                };
            }
        }

        return [.. result];
    }

    private List<ScoredItem> Items(IEnumerable<CriterionResult> results) =>
        [.. results.Select(r => new ScoredItem(r.Outcome, _weights.GetValueOrDefault(r.CriterionId, 1)))];

    private static string? SchemeId(Standard s) => s switch
    {
        DomainStandard d => d.Scoring,
        Framework f => f.Scoring,
        ObjectivesStandard o => o.Scoring,
        _ => null,
    };
}
