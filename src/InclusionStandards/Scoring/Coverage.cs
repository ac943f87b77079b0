using InclusionStandards.Evaluation;
using System.Collections.Immutable;
using InclusionStandards.Evidence;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Scoring;

/// <summary>
/// Objective coverage (standards format §7, objectives): per programme, the objectives it reflects and the share
/// of its checks met; per portfolio, which objectives no programme covers, scored with the standard's checks.
/// </summary>
internal static class Coverage
{
    public static IEnumerable<ScopeResult> Build(
        ObjectivesStandard standard, ScoringScheme scheme, EvidenceDocument evidence, List<CriterionResult> own, Func<IEnumerable<CriterionResult>, List<ScoredItem>> items)
    {
        var objectiveIds = standard.Objectives.Select(o => o.Id).ToList();
        var spec = standard.Coverage;
        var hasList = spec is not null && evidence.Root.Has(spec.Each);
        var programmes = spec is not null && evidence.Elements.TryGetValue(spec.Each, out var list) ? list : [];
        var key = spec is null ? null : KeyField(programmes);
        var covered = new SortedSet<string>(StringComparer.Ordinal);
        var results = new List<ScopeResult>();
        for (var i = 0; i < programmes.Length; i++)
        {
            var p = programmes[i];
            var subject = (key is not null ? p.GetValue(key) as string : null) ?? $"#{i + 1}";
            var reflected = (p.GetValue(spec!.Field) as IReadOnlyList<object?> ?? []).OfType<string>().Where(objectiveIds.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
            covered.UnionWith(reflected);
            var checks = own.SelectMany(c => c.Elements).Where(e => e.Subject == subject);
            var leaf = ScopeScoring.Leaf(new("programme", standard.Id, subject, $"{standard.Title}: {subject}"), scheme, items(checks));
            results.Add(leaf with { Notes = [$"reflects: {(reflected.Count == 0 ? "none" : string.Join(", ", reflected))}"] });
        }

        var objectiveOutcomes = objectiveIds.Select(id => new ScoredItem(
            !hasList ? Outcome.InsufficientEvidence : covered.Contains(id) ? Outcome.Met : Outcome.NotMet));
        var portfolioItems = objectiveOutcomes.Concat(items(own)).ToList();
        var uncovered = objectiveIds.Where(id => !covered.Contains(id)).ToList();
        var portfolio = ScopeScoring.Leaf(new("portfolio", standard.Id, null, standard.Title), scheme, portfolioItems);
        var note = !hasList ? $"no {spec?.Each ?? "programmes"} in the evidence" : uncovered.Count == 0 ? "every objective is covered by some programme" : $"not covered by any programme: {string.Join(", ", uncovered)}";
        results.Sort((a, b) => string.CompareOrdinal(a.Subject, b.Subject));
        results.Add(portfolio with { Notes = [note] });
        return results;
    }

    private static string? KeyField(ImmutableArray<Record> programmes) =>
        programmes.IsEmpty ? null : programmes[0].Type.TryGetField("id", out _) ? "id" : null;
}
