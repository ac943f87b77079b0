namespace InclusionStandards.Loading;

/// <summary>The outcome of <see cref="TextFile"/>: the text, or why there is none (with the line and column of an invalid byte). Immutable.</summary>
/// <param name="Text">The decoded text; null when <paramref name="Problem"/> is not <see cref="TextFileProblem.None"/>.</param>
/// <param name="Problem">What went wrong, or <see cref="TextFileProblem.None"/>.</param>
/// <param name="Message">A sentence saying what went wrong (control characters escaped); null on success.</param>
/// <param name="Line">For <see cref="TextFileProblem.NotUtf8"/>, the line of the invalid byte (1-based); otherwise 0.</param>
/// <param name="Column">For <see cref="TextFileProblem.NotUtf8"/>, its column (1-based); otherwise 0.</param>
public sealed record TextFileResult(string? Text, TextFileProblem Problem, string? Message, int Line, int Column)
{
    /// <summary>True when the text was read.</summary>
    public bool Succeeded => Problem == TextFileProblem.None;

    internal static TextFileResult Fail(TextFileProblem problem, string message) => new(null, problem, message, 0, 0);
}
