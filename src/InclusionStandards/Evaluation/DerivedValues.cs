using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Conditions;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The derived facts a condition may read through <c>outcome('id')</c> and <c>indicator('id')</c>: set for the
/// duration of one evaluation on the current thread (sessions are single-threaded), so compiled conditions stay
/// shared and immutable.
/// </summary>
internal sealed class DerivedValues : Validation.IDerivedFacts
{
    private readonly ImmutableDictionary<string, CriterionFinding> _outcomes;
    private readonly ImmutableDictionary<string, IndicatorFinding> _indicators;

    public DerivedValues(IEnumerable<CriterionFinding> outcomes, IEnumerable<IndicatorFinding> indicators, IEnumerable<RuleResult>? rules = null)
    {
        RuleFindings = rules is null ? [] : [.. rules.SelectMany(r => r.Findings)];
        _outcomes = Index(outcomes.Where(f => f.Subject is null), f => f.CriterionId);
        _indicators = Index(indicators, f => f.IndicatorId);
    }

    /// <summary>What the rules of <c>kind: rules</c> files derived (see <see cref="DerivedOutcomes"/>).</summary>
    public ImmutableArray<DerivedFinding> RuleFindings { get; }

    /// <summary>The findings by id; the shared empty dictionary when there are none (most per-element evaluations read none).</summary>
    private static ImmutableDictionary<string, T> Index<T>(IEnumerable<T> findings, Func<T, string> id)
    {
        ImmutableDictionary<string, T>.Builder? builder = null;
        foreach (var f in findings)
        {
            (builder ??= ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal)).Add(id(f), f);
        }

        return builder?.ToImmutable() ?? ImmutableDictionary<string, T>.Empty.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Runs <paramref name="evaluate"/> with these values visible to <c>outcome()</c> and <c>indicator()</c>.</summary>
    public T Use<T>(Func<T> evaluate) => Validation.DerivedFactReader.Use(this, evaluate);

    /// <summary>The implementation of <c>outcome('id')</c>: the kebab-case outcome of a criterion's roll-up.</summary>
    /// <remarks>An insufficient-evidence outcome is unknown (its missing paths propagate), not a string.</remarks>
    public ConditionResult Outcome(string id)
    {
        if (!_outcomes.TryGetValue(id, out var f))
        {
            if (_indicators.TryGetValue(id, out var banded) && (banded.BandOutcome is not null || banded.Value is null))
            {
                return banded.BandOutcome is { } o ? ConditionResult.FromValue(KebabCase.Of(o))
                    : banded.Error is { } error ? ConditionResult.Error($"'{id}' could not be decided: {error}")
                    : ConditionResult.Unknown(banded.Missing.IsEmpty ? [$"outcome('{id}')"] : banded.Missing);
            }

            return ConditionResult.Error($"the outcome of '{id}' is not available (unknown criterion or a dependency cycle)");
        }

        return f.Outcome == Model.Outcome.InsufficientEvidence
            ? f.Error is { } e && f.Missing.IsEmpty
                ? ConditionResult.Error($"'{id}' could not be decided: {e}") // not missing evidence: giving more would not help
                : ConditionResult.Unknown(f.Missing.IsEmpty ? [$"outcome('{id}')"] : f.Missing)
            : ConditionResult.FromValue(KebabCase.Of(f.Outcome));
    }

    /// <summary>The implementation of <c>indicator('id')</c>: the value, unknown when it could not be computed.</summary>
    public ConditionResult Indicator(string id)
    {
        if (!_indicators.TryGetValue(id, out var f))
        {
            return ConditionResult.Error($"the indicator '{id}' is not available (unknown indicator or a dependency cycle)");
        }

        if (f.Value is { } v)
        {
            return ConditionResult.FromValue(v);
        }

        return f.Error is { } e ? ConditionResult.Error(e) : ConditionResult.Unknown(f.Missing.IsEmpty ? [$"indicator('{id}')"] : f.Missing);
    }
}
