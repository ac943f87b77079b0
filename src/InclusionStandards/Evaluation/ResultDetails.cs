using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Compilation;
using InclusionStandards.Model;

namespace InclusionStandards.Evaluation;

/// <summary>
/// What a result says about its criterion beyond the outcome, so that reports can be renderings of the assessment
/// alone: the plain-English statement, the citations, whether it is provisional, the conditions and the authored
/// action with its owner role. Built once per compiled catalog; thread-safe.
/// </summary>
internal sealed class ResultDetails
{
    private readonly ImmutableDictionary<string, string> _ownerLabels;

    public ResultDetails(StandardsCatalog catalog) =>
        _ownerLabels = catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies)
            .Where(v => v.Id == Validation.ActionChecks.OwnerVocabulary)
            .SelectMany(v => v.Terms).GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);

    /// <summary>The owner role as people read it (its label in <c>owner-roles</c>), or the id when it has none.</summary>
    public string OwnerLabel(string owner) => _ownerLabels.GetValueOrDefault(owner, owner);

    public CriterionResult Describe(CriterionResult result, CompiledCriterion compiled)
    {
        var c = compiled.Info.Criterion;
        return result with
        {
            Statement = c.Statement.Trim(),
            Provisional = (c.Status ?? compiled.Info.Standard.Status) is StandardStatus.Draft or StandardStatus.Proposed,
            Citations = Citations(compiled.Info.Standard, c.Sources),
            Conditions = [c.Met.Text.Trim(), .. c.PartiallyMet is { } p ? [p.Text.Trim()] : Array.Empty<string>()],
            DependsOn = [.. compiled.OutcomeDependencies.Concat(compiled.IndicatorDependencies).Distinct().Order(StringComparer.Ordinal)],
            Action = c.Action?.Trim(),
            Owner = c.Owner is { } o ? OwnerLabel(o) : null,
        };
    }

    public CriterionResult Describe(CriterionResult result, CompiledIndicator compiled)
    {
        var i = compiled.Indicator;
        var need = i.Band is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"{i.Title} is within the non-adverse range {b.From:0.00} to {b.To:0.00}.")
            : string.Create(CultureInfo.InvariantCulture, $"{i.Title} reaches the target {i.Target}.");
        return result with
        {
            Statement = need,
            Provisional = (i.Status ?? compiled.Standard.Status) is StandardStatus.Draft or StandardStatus.Proposed,
            Citations = Citations(compiled.Standard, i.Sources),
            Conditions = [i.Value.Text.Trim()],
            DependsOn = [.. compiled.OutcomeDependencies.Concat(compiled.IndicatorDependencies).Distinct().Order(StringComparer.Ordinal)],
            Action = i.Action?.Trim(),
            Owner = i.Owner is { } o ? OwnerLabel(o) : null,
        };
    }

    public static ImmutableArray<Citation> Citations(Standard standard, IEnumerable<SourceCitation> sources) =>
        [.. sources.Select(c => (Cite: c, Source: standard.FindSource(c.Ref)))
            .Where(x => x.Source is not null)
            .Select(x => new Citation(x.Source!.Document, x.Source.Publisher, x.Source.Year, x.Cite.Section ?? x.Source.Section))
            .Distinct()];
}
