using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// The text of a condition (a CEL expression) as written in a standards file, with where it starts so that
/// errors inside it can be reported at the right line and column. Immutable.
/// </summary>
public sealed record Condition
{
    /// <summary>The expression text, exactly as the YAML scalar's value.</summary>
    public required string Text { get; init; }

    /// <summary>The location of the first character of <see cref="Text"/> in its file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// For literal block scalars (<c>|</c>), the 1-based column where continuation lines start; 0 for flow
    /// scalars (plain or quoted), whose continuation lines are mapped by <see cref="SourceLocation.Offset"/>.
    /// </summary>
    public int BlockColumn { get; init; }

    /// <summary>Maps a 1-based line and column inside <see cref="Text"/> to a location in the file.</summary>
    public SourceLocation LocationAt(int line, int column)
    {
        if (line <= 1 || BlockColumn <= 0)
        {
            return Location.Offset(line, column);
        }

        return Location with { Line = Location.Line + line - 1, Column = BlockColumn + column - 1 };
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
