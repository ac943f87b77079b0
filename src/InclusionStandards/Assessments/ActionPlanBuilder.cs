using InclusionStandards.Evaluation;
using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Assessments;

/// <summary>
/// Builds the draft action plan of an assessment (results format, <c>actionPlan</c>): one action per not-met or
/// partly-met criterion whose standard authors one, criteria with the same action and owner grouped; not-met
/// first, then by weight, then in catalog order. The due date is the date of the dated commitment the criterion
/// belongs to, else <see cref="DefaultMonths"/> months after the assessment date. Nothing is invented: a criterion
/// without an authored action is not in the plan. Built once per compiled catalog; thread-safe.
/// </summary>
internal sealed class ActionPlanBuilder
{
    /// <summary>The default time to act, in months after the assessment date, when no dated commitment gives a date.</summary>
    public const int DefaultMonths = 6;

    private readonly ImmutableDictionary<string, (double Weight, int Order, string? OwnerId, CommitmentAction? Commitment)> _info;

    public ActionPlanBuilder(CompiledStandards standards)
    {
        var commitments = standards.Catalog.OfKind<ActionsStandard>().SelectMany(a => a.Actions)
            .SelectMany(a => a.Criteria.Select(c => (c.Id, Action: a)))
            .GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Action, StringComparer.Ordinal);
        var info = ImmutableDictionary.CreateBuilder<string, (double, int, string?, CommitmentAction?)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var c in standards.Criteria)
        {
            info.TryAdd(c.Id, (c.Info.Criterion.Weight, order++, c.Info.Criterion.Owner, commitments.GetValueOrDefault(c.Id)));
        }

        foreach (var i in standards.Indicators)
        {
            info.TryAdd(i.Id, (1, order++, i.Indicator.Owner, null));
        }

        _info = info.ToImmutable();
    }

    public ImmutableArray<ActionPlanItem> Build(IReadOnlyList<CriterionResult> criteria, DateOnly assessmentDate)
    {
        var open = criteria
            .Where(c => c.Subject is null && (c.Outcome is Outcome.NotMet or Outcome.PartiallyMet) && c.Action is not null && _info.ContainsKey(c.CriterionId))
            .OrderBy(c => c.Outcome == Outcome.NotMet ? 0 : 1)
            .ThenByDescending(c => _info[c.CriterionId].Weight)
            .ThenBy(c => _info[c.CriterionId].Order)
            .ToList();
        var items = new List<ActionPlanItem>();
        foreach (var group in open.GroupBy(c => (c.Action!, _info[c.CriterionId].OwnerId ?? string.Empty)))
        {
            var members = group.ToList();
            var first = members[0];
            var (due, source) = Due(members, assessmentDate);
            items.Add(new ActionPlanItem
            {
                Action = first.Action!,
                OwnerId = group.Key.Item2,
                Owner = first.Owner ?? group.Key.Item2,
                Due = due,
                DueSource = source,
                Overdue = due < assessmentDate,
                Outcome = members.Any(m => m.Outcome == Outcome.NotMet) ? Outcome.NotMet : Outcome.PartiallyMet,
                CriterionIds = [.. members.Select(m => m.CriterionId)],
                CriterionTitles = [.. members.Select(m => m.Title)],
                Measures = [.. members.Select(m => m.Statement ?? m.Title).Distinct(StringComparer.Ordinal)],
                Citations = [.. members.SelectMany(m => m.Citations).Distinct()],
            });
        }

        return [.. items];
    }

    private (DateOnly Due, string Source) Due(List<CriterionResult> members, DateOnly assessmentDate)
    {
        var dated = members.Select(m => _info[m.CriterionId].Commitment).Where(c => c?.Due is not null).OrderBy(c => c!.Due).FirstOrDefault();
        return dated is not null
            ? (dated.Due!.Value, $"dated commitment: {dated.Title}")
            : (assessmentDate.AddMonths(DefaultMonths), string.Create(CultureInfo.InvariantCulture, $"default: {DefaultMonths} months after the assessment date"));
    }
}
