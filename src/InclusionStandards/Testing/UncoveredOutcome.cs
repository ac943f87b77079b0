using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Testing;

/// <summary>An outcome a criterion can give that no rule test expects. Immutable.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Outcome">The outcome no test expects of it.</param>
/// <param name="Why">Why the criterion can give it (e.g. "it declares partiallyMet").</param>
/// <param name="Location">Where the criterion is declared.</param>
public sealed record UncoveredOutcome(string CriterionId, Outcome Outcome, string Why, SourceLocation Location)
{
    /// <summary><c>file:line:col: criterion 'id' can be partially-met (why), and no rule test expects it</c>.</summary>
    public override string ToString() =>
        $"{Location}: criterion '{CriterionId}' can be {KebabCase.Of(Outcome)} ({Why}), and no rule test expects it";
}
