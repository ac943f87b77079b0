using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Compilation;
using InclusionStandards.Model;

namespace InclusionStandards.Evaluation;

/// <summary>Indicator findings as results: the value, its band, and — for banded indicators — the criterion outcome.</summary>
internal static class IndicatorResults
{
    public static IndicatorResult ToResult(CompiledIndicator i, IndicatorFinding f)
    {
        var ind = i.Indicator;
        Model.Outcome? outcome = ind.Band is null && ind.Target is null ? null
            : f.Value is { } v ? (Favourable(ind, v) ? Model.Outcome.Met : Model.Outcome.NotMet)
            : Model.Outcome.InsufficientEvidence;
        return new IndicatorResult
        {
            IndicatorId = ind.Id,
            StandardId = i.Standard.Id,
            Title = ind.Title,
            Unit = KebabCase.Of(ind.Unit),
            Value = f.Value,
            BandFrom = ind.Band?.From,
            BandTo = ind.Band?.To,
            Outcome = outcome,
            Draft = ind.Status == StandardStatus.Draft,
            Adverse = ind.Adverse is { } a ? KebabCase.Of(a) : null,
            MissingEvidence = f.Missing,
            Inputs = f.EvidenceUsed,
        };
    }

    public static CriterionResult ToCriterion(CompiledIndicator i, IndicatorFinding f, IndicatorResult r, Model.Outcome outcome, ImmutableArray<string> rules)
    {
        var value = f.Value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "unknown";
        var band = r.BandFrom is { } from ? $"the band {from.ToString(CultureInfo.InvariantCulture)}–{r.BandTo!.Value.ToString(CultureInfo.InvariantCulture)}" : $"the target {i.Indicator.Target?.ToString(CultureInfo.InvariantCulture)}";
        var reason = f switch
        {
            { Error: { } e } => $"insufficient-evidence: evaluation error: {e}",
            { Value: null } => $"insufficient-evidence: the value needs evidence that is missing: {string.Join(", ", f.Missing)}",
            _ => $"{KebabCase.Of(outcome)}: the value {value} is {(outcome == Model.Outcome.Met ? "within" : "outside")} {band}",
        };
        return new CriterionResult
        {
            CriterionId = i.Id,
            StandardId = i.Standard.Id,
            ScopeId = i.Standard.Id,
            Title = i.Indicator.Title,
            Outcome = outcome,
            Reasons = [reason, $"value: {i.Indicator.Value.Text.Trim()}"],
            EvidenceUsed = f.EvidenceUsed,
            MissingEvidence = f.Missing,
            RulesFired = rules,
            Error = f.Error,
        };
    }

    internal static bool Favourable(Indicator ind, double v)
    {
        if (ind.Band is { } band)
        {
            return band.Contains(v); // format §7: met inside the non-adverse band, not-met outside it
        }

        return ind.Adverse == AdverseDirection.Below ? v >= ind.Target!.Value : v <= ind.Target!.Value;
    }
}
