namespace InclusionStandards.Evaluation;

/// <summary>A source a criterion or action cites: document, publisher, year and section. Immutable.</summary>
/// <param name="Document">The document's title.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Year">The year of publication.</param>
/// <param name="Section">The section cited, when given.</param>
public sealed record Citation(string Document, string Publisher, int Year, string? Section = null)
{
    /// <summary>The citation as one line: <c>Document, Publisher, Year, section</c>.</summary>
    public override string ToString() =>
        $"{Document}, {Publisher}, {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}" + (Section is { Length: > 0 } s ? $", {s}" : string.Empty);
}
