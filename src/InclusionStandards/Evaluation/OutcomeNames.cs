using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Evaluation;

/// <summary>The kebab-case names of outcomes, as written in standards and results.</summary>
internal static class OutcomeNames
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Met => "met",
        Outcome.PartiallyMet => "partially-met",
        Outcome.NotMet => "not-met",
        Outcome.InsufficientEvidence => "insufficient-evidence",
        _ => "not-applicable",
    };

    public static bool TryParse(string text, out Outcome outcome)
    {
        foreach (var o in Enum.GetValues<Outcome>())
        {
            if (string.Equals(Of(o), text.Trim(), StringComparison.Ordinal))
            {
                outcome = o;
                return true;
            }
        }

        outcome = default;
        return false;
    }
}
