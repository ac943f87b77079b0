using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>An outcome with what decided it: the missing evidence paths, an error, and the deciding condition.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Missing">The missing evidence paths when evidence was lacking.</param>
/// <param name="Error">The evaluation error, when one decided the outcome.</param>
/// <param name="DecidedBy">The condition that decided it: <c>applies</c>, <c>met</c> or <c>partiallyMet</c>.</param>
internal sealed record OutcomeDecision(Outcome Outcome, ImmutableArray<string> Missing, string? Error, string DecidedBy);
