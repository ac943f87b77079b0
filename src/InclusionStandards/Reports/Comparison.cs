using InclusionStandards.Assessments;
using InclusionStandards.Scoring;

namespace InclusionStandards.Reports;

/// <summary>
/// The data of a multi-organisation comparison, shared by the Markdown and HTML views: organisations ordered by ODS
/// code, the headline scopes (organisation-level, not statements or elements) as columns, and for each column how
/// many organisations got each rating.
/// </summary>
internal sealed class Comparison
{
    /// <summary>The label used for an organisation without a rating in a column.</summary>
    public const string NotRated = "Not rated";

    private Comparison(IReadOnlyList<Assessment> organisations, IReadOnlyList<Column> columns)
    {
        Organisations = organisations;
        Columns = columns;
    }

    /// <summary>The assessments, ordered by ODS code then name (ordinal).</summary>
    public IReadOnlyList<Assessment> Organisations { get; }

    /// <summary>The headline scopes, in order of first appearance.</summary>
    public IReadOnlyList<Column> Columns { get; }

    public static Comparison Build(IReadOnlyList<Assessment> assessments)
    {
        var ordered = assessments.OrderBy(a => a.Organisation.OdsCode, StringComparer.Ordinal)
            .ThenBy(a => a.Organisation.Name, StringComparer.Ordinal).ToList();
        var columns = new List<Column>();
        foreach (var scope in ordered.SelectMany(a => a.Scopes).Where(IsHeadline))
        {
            if (!columns.Any(c => c.ScopeId == scope.ScopeId && c.Kind == scope.Kind))
            {
                columns.Add(new Column(scope.ScopeId, scope.Kind, scope.Title));
            }
        }

        return new Comparison(ordered, columns);
    }

    /// <summary>The organisation's result in a column, or null when it has none.</summary>
    public static ScopeResult? Cell(Assessment assessment, Column column) =>
        assessment.Scopes.FirstOrDefault(s => IsHeadline(s) && s.ScopeId == column.ScopeId && s.Kind == column.Kind);

    /// <summary>How many organisations got each rating in a column: ratings ordered from the lowest mean score up, "Not rated" last.</summary>
    public IReadOnlyList<(string Rating, int Count)> Distribution(Column column)
    {
        var groups = Organisations.Select(a => Cell(a, column)).GroupBy(s => s?.Rating ?? NotRated).Select(g => (
            Rating: g.Key,
            Count: g.Count(),
            Mean: g.Key == NotRated ? double.MaxValue : g.Average(s => s?.Score is { } v && s.MaxScore is > 0 ? v / s.MaxScore.Value : s?.Score ?? 0)));
        return groups.OrderBy(g => g.Mean).ThenBy(g => g.Rating, StringComparer.Ordinal).Select(g => (g.Rating, g.Count)).ToList();
    }

    private static bool IsHeadline(ScopeResult scope) => scope.Subject is null && scope.Kind != "statement";

    /// <summary>A headline scope shown as a column.</summary>
    internal sealed record Column(string ScopeId, string Kind, string Title);
}
