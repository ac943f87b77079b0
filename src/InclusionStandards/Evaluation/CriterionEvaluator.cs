using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Compilation;
using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Evaluates one criterion (for the organisation or one element) and one indicator with the outcome rules of
/// §3. Pure given its inputs: the derived values it reads are passed in explicitly. Thread-safe.
/// </summary>
internal sealed class CriterionEvaluator(EvidenceInspector inspector)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CompiledCondition, ConditionMemo?> _memos = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The reasons of decisions that missed nothing and met no error: they depend only on the criterion, the outcome and
    /// the condition that decided it, so each is built once and shared (every board member met gives the same).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Criterion, Outcome Outcome, string DecidedBy), ImmutableArray<string>> _reasons = new();

    public CriterionFinding Evaluate(CompiledCriterion criterion, EvaluationFacts facts, ElementFact? element, DerivedValues derived)
    {
        var args = element is null ? facts.RootArguments : [.. facts.RootArguments, element.Record];
        var decision = derived.Use(() => OutcomeRules.Decide(
            criterion.Applies is { } a ? Evaluate(a, args) : null,
            Evaluate(criterion.Met, args),
            criterion.PartiallyMet is { } p ? () => Evaluate(p, args) : null));
        if (decision.Error is not null && criterion.ReadsSensitive)
        {
            decision = decision with { Error = SensitiveEvidence.WithheldError };
        }

        ImmutableArray<string> missing = decision.Missing.IsEmpty ? [] : [.. decision.Missing.Select(m => inspector.EvidencePath(m, facts.Document, criterion.ForEach?.As, element)).Distinct().Order(StringComparer.Ordinal)];
        return DerivedOutcomes.Apply(new CriterionFinding
        {
            CriterionId = criterion.Id,
            Subject = element?.Key,
            Outcome = decision.Outcome,
            Reasons = decision is { Error: null, Missing.IsEmpty: true } ? _reasons.GetOrAdd((criterion.Id, decision.Outcome, decision.DecidedBy), static (k, c) => Reasons(c, new OutcomeDecision(k.Outcome, [], null, k.DecidedBy), []), criterion) : Reasons(criterion, decision, missing),
            EvidenceUsed = inspector.Values(criterion, static c => EnginePlan.Paths((CompiledCriterion)c), facts.Document.Root, criterion.ForEach?.As, element?.Record),
            Missing = missing,
            Error = decision.Error,
        }, derived.RuleFindings);
    }

    public CriterionFinding RollUp(CompiledCriterion criterion, EvaluationFacts facts, IEnumerable<CriterionFinding> elements, DerivedValues derived) =>
        DerivedOutcomes.Apply(RollUp(criterion, facts, elements), derived.RuleFindings);

    private static CriterionFinding RollUp(CompiledCriterion criterion, EvaluationFacts facts, IEnumerable<CriterionFinding> elements)
    {
        var listName = criterion.ForEach!.List;
        if (!facts.Document.Root.Has(listName))
        {
            return new CriterionFinding
            {
                CriterionId = criterion.Id,
                Outcome = Outcome.InsufficientEvidence,
                Reasons = [$"insufficient-evidence: the evidence does not give '{listName}'"],
                Missing = [listName],
            };
        }

        var list = elements.OrderBy(e => e.Subject, StringComparer.Ordinal).ToImmutableArray();
        var whenEmpty = criterion.Info.Criterion.WhenEmpty;
        var outcome = OutcomeRules.RollUp(list.Select(e => e.Outcome), whenEmpty);
        var counts = list.GroupBy(e => e.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {KebabCase.Of(g.Key)}");
        var reason = list.IsEmpty
            ? $"{KebabCase.Of(outcome)}: no {criterion.ForEach!.List} in the evidence"
            : $"{KebabCase.Of(outcome)}: roll-up of {list.Length} {criterion.ForEach!.List} ({string.Join(", ", counts)})";
        return new CriterionFinding
        {
            CriterionId = criterion.Id,
            Outcome = outcome,
            Reasons = [reason],
            Missing = [.. list.SelectMany(e => e.Missing).Distinct().Order(StringComparer.Ordinal)],
            Elements = list,
        };
    }

    public IndicatorFinding Evaluate(CompiledIndicator indicator, EvaluationFacts facts, DerivedValues derived)
    {
        var r = derived.Use(() => Evaluate(indicator.Value, facts.RootArguments));
        var used = inspector.Values(indicator, static i => ((CompiledIndicator)i).Value.EvidencePaths, facts.Document.Root, null, null);
        var value = r is { Kind: ConditionResultKind.Value } ? r.Value switch { double d => d, long l => l, ulong u => u, _ => (double?)null } : null;
        return r.Kind switch
        {
            ConditionResultKind.Value when value is { } v && double.IsFinite(v) => new()
            {
                IndicatorId = indicator.Id, Value = v, EvidenceUsed = used,
                BandOutcome = indicator.Indicator.Band is null ? null : IndicatorResults.Favourable(indicator.Indicator, v) ? Outcome.Met : Outcome.NotMet,
            },
            ConditionResultKind.Unknown => new() { IndicatorId = indicator.Id, Missing = r.MissingPaths, EvidenceUsed = used },
            ConditionResultKind.Error => new() { IndicatorId = indicator.Id, Error = indicator.ReadsSensitive ? SensitiveEvidence.WithheldError : r.ErrorMessage, EvidenceUsed = used },
            _ => new() { IndicatorId = indicator.Id, Error = $"the formula gave {r}, not a finite number", EvidenceUsed = used },
        };
    }

    /// <summary>Evaluates a condition, through its memo of undecided results where it has one (see <see cref="ConditionMemo"/>).</summary>
    private ConditionResult Evaluate(CompiledCondition condition, object?[] args) =>
        _memos.GetOrAdd(condition, ConditionMemo.For) is { } memo ? memo.Evaluate(args) : condition.Evaluate(args);

    private static ImmutableArray<string> Reasons(CompiledCriterion criterion, OutcomeDecision decision, ImmutableArray<string> missing)
    {
        var c = criterion.Info.Criterion;
        var text = decision.DecidedBy switch
        {
            "applies" => c.Applies?.Text,
            "partiallyMet" => c.PartiallyMet?.Text,
            _ => c.Met.Text,
        };
        var name = KebabCase.Of(decision.Outcome);
        var because = decision switch
        {
            { Error: { } e } => $"{name}: evaluation error in '{decision.DecidedBy}': {e}",
            { Missing.IsEmpty: false } => $"{name}: '{decision.DecidedBy}' needs evidence that is missing: {string.Join(", ", missing)}",
            { Outcome: Outcome.NotApplicable } => $"{name}: 'applies' is false",
            { Outcome: Outcome.Met } => $"{name}: 'met' is true",
            { Outcome: Outcome.PartiallyMet } => $"{name}: 'met' is false and 'partiallyMet' is true",
            _ => c.PartiallyMet is null ? $"{name}: 'met' is false" : $"{name}: 'met' and 'partiallyMet' are false",
        };
        return text is null ? [because] : [because, $"{decision.DecidedBy}: {text.Trim()}"];
    }
}
