using System.Collections.Immutable;

namespace InclusionStandards.Conditions;

/// <summary>The values a closed string type may take, with what declares them (for messages). Immutable.</summary>
/// <param name="What">What holds the values, e.g. <c>'role'</c> or <c>outcome()</c>.</param>
/// <param name="From">Where the values come from, e.g. <c>the vocabulary 'roles'</c>.</param>
/// <param name="Values">The values.</param>
internal sealed record ClosedValues(string What, string From, ImmutableArray<string> Values);
