using InclusionStandards.Assessments;
using InclusionStandards.Model;
using InclusionStandards.Scoring;

namespace InclusionStandards.Reports;

/// <summary>
/// What the board-pack renderings (HTML and Markdown) share: the headline scopes with their parts, the status of a
/// rating in words, the gaps that matter most, and outcome counts as a sentence. Pure functions; thread-safe.
/// </summary>
internal static class BoardPack
{
    /// <summary>How many gaps the summary lists.</summary>
    public const int TopGaps = 5;

    /// <summary>A headline scope (domain, board, portfolio, whole standard) and the scopes scored under it, in order.</summary>
    internal sealed record Headline(ScopeResult Scope, IReadOnlyList<ScopeResult> Parts);

    /// <summary>The headline scopes, each with the statements, members or programmes listed before it.</summary>
    public static List<Headline> Headlines(Assessment assessment)
    {
        var result = new List<Headline>();
        var pending = new List<ScopeResult>();
        foreach (var s in assessment.Scopes)
        {
            if (s.Subject is null && s.Kind is not ("statement" or "programme" or "board-member"))
            {
                result.Add(new Headline(s, [.. pending]));
                pending.Clear();
            }
            else
            {
                pending.Add(s);
            }
        }

        return result;
    }

    /// <summary>The standing of a rating in words: the standard's status and whether the rating method is our proposal.</summary>
    public static string Status(ScopeResult s)
    {
        var standard = s.Status switch
        {
            "published" => "Published standard",
            "proposed" => "Proposed standard, not yet published",
            "draft" => "Draft standard, not verified",
            "retired" => "Retired standard",
            null => "Standard",
            var other => other,
        };
        var scheme = s.SchemeStatus switch
        {
            "published" => "rated by the published method",
            "proposed" => "our proposed rating method, not an official rating",
            "draft" => "draft rating method",
            _ => null,
        };
        return scheme is null ? standard : $"{standard}; {scheme}.";
    }

    /// <summary>The score in words, e.g. <c>0 of 33</c>, <c>25%</c>, or <c>not scored</c>.</summary>
    public static string Score(ScopeResult s) => s switch
    {
        { Score: null } => "not scored",
        { Score: { } v, MaxScore: 100 } => $"{ReportFormat.Number(Math.Round(v))}%",
        { Score: { } v, MaxScore: { } m } => $"{ReportFormat.Number(v)} of {ReportFormat.Number(m)}",
        { Score: { } v } => ReportFormat.Number(v),
    };

    /// <summary>Outcome counts as one sentence.</summary>
    public static string Counts(Assessment assessment)
    {
        var c = ReportFormat.OutcomeCounts(assessment);
        var total = c.Sum();
        var met = c[(int)Outcome.Met];
        var undecided = c[(int)Outcome.InsufficientEvidence];
        var na = c[(int)Outcome.NotApplicable];
        return $"Of {total} criteria, {met} {(met == 1 ? "is" : "are")} met, {c[(int)Outcome.PartiallyMet]} partly met and {c[(int)Outcome.NotMet]} not met; "
            + $"{undecided} cannot be decided for lack of evidence and {na} {(na == 1 ? "does" : "do")} not apply.";
    }

    /// <summary>
    /// The gaps that matter most: the action plan's order (not met first, by weight), taking one action per standard in
    /// turn so that the board sees the breadth of the gaps, up to <see cref="TopGaps"/>.
    /// </summary>
    public static List<ActionPlanItem> TopActions(Assessment assessment)
    {
        var standardOf = assessment.Criteria.Where(c => c.Subject is null).GroupBy(c => c.CriterionId).ToDictionary(g => g.Key, g => g.First().StandardId, StringComparer.Ordinal);
        var queues = assessment.ActionPlan.GroupBy(a => standardOf.GetValueOrDefault(a.CriterionIds[0], ""), StringComparer.Ordinal)
            .Select(g => new Queue<ActionPlanItem>(g)).ToList();
        var notMetFirst = new List<ActionPlanItem>();
        foreach (var pass in new[] { Outcome.NotMet, Outcome.PartiallyMet })
        {
            var progress = true;
            while (notMetFirst.Count < TopGaps && progress)
            {
                progress = false;
                foreach (var q in queues)
                {
                    if (notMetFirst.Count < TopGaps && q.TryPeek(out var next) && next.Outcome == pass)
                    {
                        notMetFirst.Add(q.Dequeue());
                        progress = true;
                    }
                }
            }
        }

        return notMetFirst;
    }

    /// <summary>The due date in words, with "overdue" when a dated commitment has passed.</summary>
    public static string Due(ActionPlanItem a) =>
        ReportFormat.Date(a.Due) + (a.Overdue ? " (national deadline already passed)" : "");
}
