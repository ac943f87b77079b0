namespace InclusionStandards.Diagnostics;

/// <summary>
/// A problem found in user input (a standards file, an evidence file, a condition), with a stable code and a
/// location. Diagnostics are collected and reported together, never thrown. Immutable.
/// </summary>
/// <param name="Code">A stable code such as <c>STD104</c>; documented, never reused for another meaning.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and, where possible, what to do.</param>
/// <param name="Location">Where; <see langword="null"/> when the problem has no position (e.g. a missing file).</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation? Location)
    : IComparable<Diagnostic>
{
    /// <summary>Optional extra lines shown under the message, e.g. the expression with a caret under the column.</summary>
    public string? Detail { get; init; }

    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation? location) =>
        new(code, DiagnosticSeverity.Error, message, location);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation? location) =>
        new(code, DiagnosticSeverity.Warning, message, location);

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Orders by location (diagnostics without one first), then code, then message.</summary>
    public int CompareTo(Diagnostic? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = (Location, other.Location) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (a, b) => a.CompareTo(b),
        };
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Code, other.Code);
        return c != 0 ? c : string.CompareOrdinal(Message, other.Message);
    }

    /// <summary>
    /// Formats as <c>file:line:col: error CODE: message</c> (plus <see cref="Detail"/> lines when present), with control
    /// characters from input escaped (<see cref="DiagnosticText"/>): one diagnostic is always one line plus its detail.
    /// </summary>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : $"{Location}: ";
        var head = $"{where}{Severity.ToString().ToLowerInvariant()} {DiagnosticText.Escape(Code)}: {DiagnosticText.Escape(Shorten(Message))}";
        return Detail is null ? head : head + "\n" + DiagnosticText.Escape(Detail, keepLineBreaks: true);
    }

    /// <summary>The longest message printed whole; a longer one (it quotes some huge input) is cut, saying by how much.</summary>
    internal const int MaxPrintedMessage = 4000;

    private static string Shorten(string message) =>
        message.Length <= MaxPrintedMessage ? message : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{message[..MaxPrintedMessage]}… ({message.Length - MaxPrintedMessage:N0} more characters)");
}
