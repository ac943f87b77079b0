namespace InclusionStandards.Evaluation;

/// <summary>A piece of evidence a condition read, with the value it saw. Immutable.</summary>
/// <param name="Path">The evidence path, e.g. <c>workforce.bme.headcount</c>.</param>
/// <param name="Value">The value as invariant text (numbers round-trip), or <see langword="null"/> when missing.</param>
/// <param name="Sensitive">True when the schema marks the field sensitive or protected: renderers must not show the value.</param>
/// <param name="Unit">
/// The unit the evidence schema declares for the field (e.g. <c>people</c>, <c>count</c>, <c>percent</c>), or
/// <see langword="null"/> when it declares none. Reports use it for disclosure control: values whose unit denotes
/// a count are suppressed below the reporting threshold.
/// </param>
/// <param name="Suppress">
/// True when a report must not show the value: a count of people below 10, or a value (a sibling count, a percentage
/// of the same group) from which such a count could be worked out. Set by the evaluation (disclosure control).
/// </param>
public sealed record EvidenceValue(string Path, string? Value, bool Sensitive = false, string? Unit = null, bool Suppress = false);
