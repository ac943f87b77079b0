namespace InclusionStandards.Assessments;

/// <summary>
/// A warning raised while reading an organisation's evidence (e.g. EVD120: two CSV columns swapped and read the right
/// way round): the input was evaluated, but someone may want to correct it. Immutable.
/// </summary>
/// <param name="Code">The stable diagnostic code, e.g. <c>EVD120</c> (docs/diagnostics.md).</param>
/// <param name="Message">What was found and what was done about it.</param>
/// <param name="Location">Where: <c>file:line:column</c> (a CSV row's line), or the file; null when not known.</param>
public sealed record InputWarning(string Code, string Message, string? Location);
