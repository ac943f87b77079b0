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

    /// <summary>How the characters of <see cref="Text"/> map back to the YAML scalar they were read from.</summary>
    internal ConditionSourceMap SourceMap { get; init; } = ConditionSourceMap.None;

    /// <summary>Maps a 1-based line and column inside <see cref="Text"/> to a location in the file.</summary>
    public SourceLocation LocationAt(int line, int column) => SourceMap.LocationAt(Text, Location, line, column);

    /// <inheritdoc />
    public override string ToString() => Text;
}
