using InclusionStandards.Assessments;
using InclusionStandards.Conditions;
using InclusionStandards.Model;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The outcome rules of the standards format (§3): how the results of <c>applies</c>, <c>met</c> and
/// <c>partiallyMet</c> give one of the five outcomes, and how per-element outcomes roll up. Pure functions.
/// </summary>
internal static class OutcomeRules
{
    /// <summary>Decides a criterion's outcome. <paramref name="partiallyMet"/> is evaluated lazily, only when needed.</summary>
    public static OutcomeDecision Decide(ConditionResult? applies, ConditionResult met, Func<ConditionResult>? partiallyMet)
    {
        if (applies is { } a)
        {
            switch (a.Kind)
            {
                case ConditionResultKind.False:
                    return new(Outcome.NotApplicable, [], null, "applies");
                case ConditionResultKind.Unknown:
                    return new(Outcome.InsufficientEvidence, a.MissingPaths, null, "applies");
                case ConditionResultKind.Error:
                    return new(Outcome.InsufficientEvidence, [], a.ErrorMessage, "applies");
                case ConditionResultKind.Value:
                    return new(Outcome.InsufficientEvidence, [], $"'applies' gave {a} where true or false was expected", "applies");
            }
        }

        switch (met.Kind)
        {
            case ConditionResultKind.True:
                return new(Outcome.Met, [], null, "met");
            case ConditionResultKind.Unknown:
                return new(Outcome.InsufficientEvidence, met.MissingPaths, null, "met");
            case ConditionResultKind.Error:
                return new(Outcome.InsufficientEvidence, [], met.ErrorMessage, "met");
            case ConditionResultKind.Value:
                return new(Outcome.InsufficientEvidence, [], $"'met' gave {met} where true or false was expected", "met");
        }

        if (partiallyMet is null)
        {
            return new(Outcome.NotMet, [], null, "met");
        }

        var p = partiallyMet();
        return p.Kind switch
        {
            ConditionResultKind.True => new(Outcome.PartiallyMet, [], null, "partiallyMet"),
            ConditionResultKind.False => new(Outcome.NotMet, [], null, "partiallyMet"),
            ConditionResultKind.Unknown => new(Outcome.InsufficientEvidence, p.MissingPaths, null, "partiallyMet"),
            ConditionResultKind.Error => new(Outcome.InsufficientEvidence, [], p.ErrorMessage, "partiallyMet"),
            _ => new(Outcome.InsufficientEvidence, [], $"'partiallyMet' gave {p} where true or false was expected", "partiallyMet"),
        };
    }

    /// <summary>
    /// The roll-up of per-element outcomes: not-met if any is; else insufficient-evidence if any is; else
    /// partially-met if any is; else met if any is; else not-applicable, or <paramref name="whenEmpty"/> when there are no elements.
    /// </summary>
    public static Outcome RollUp(IEnumerable<Outcome> elements, Outcome? whenEmpty)
    {
        var seen = new bool[5];
        var any = false;
        foreach (var o in elements)
        {
            seen[(int)o] = true;
            any = true;
        }

        if (!any)
        {
            return whenEmpty ?? Outcome.NotApplicable;
        }

        foreach (var o in (Outcome[])[Outcome.NotMet, Outcome.InsufficientEvidence, Outcome.PartiallyMet, Outcome.Met])
        {
            if (seen[(int)o])
            {
                return o;
            }
        }

        return Outcome.NotApplicable;
    }
}
