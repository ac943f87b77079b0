using System.Collections.Immutable;
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
    /// For block scalars (<c>|</c>, <c>&gt;</c>), the 1-based column where continuation lines start; 0 for flow
    /// scalars (plain or quoted), whose continuation lines are mapped by <see cref="SourceLocation.Offset"/>.
    /// </summary>
    public int BlockColumn { get; init; }

    /// <summary>
    /// For folded block scalars (<c>&gt;</c>), whose source lines are joined by spaces into one line of
    /// <see cref="Text"/>: the 0-based offsets in <see cref="Text"/> where the second, third… source line begins
    /// (those lines start at column <see cref="BlockColumn"/>). Empty otherwise.
    /// </summary>
    public ImmutableArray<int> FoldedLineOffsets { get; init; } = ImmutableArray<int>.Empty;

    /// <summary>Where each character of <see cref="Text"/> was written, for flow scalars with escapes or folded lines (else empty).</summary>
    internal ImmutableArray<(int Line, int Column)> CharPositions { get; init; } = [];

    /// <summary>Maps a 1-based line and column inside <see cref="Text"/> to a location in the file.</summary>
    public SourceLocation LocationAt(int line, int column)
    {
        if (!CharPositions.IsDefaultOrEmpty)
        {
            var offset = column - 1;
            for (int l = 1, i = 0; l < line && i >= 0; l++)
            {
                i = Text.IndexOf('\n', i);
                offset = i < 0 ? int.MaxValue : i + 1 + column - 1;
                i = i < 0 ? -1 : i + 1;
            }

            if (offset >= 0 && offset < CharPositions.Length)
            {
                return Location with { Line = CharPositions[offset].Line, Column = CharPositions[offset].Column };
            }

            if (offset == CharPositions.Length && offset > 0)
            {
                return Location with { Line = CharPositions[^1].Line, Column = CharPositions[^1].Column + 1 };
            }
        }

        if (line <= 1 && !FoldedLineOffsets.IsDefaultOrEmpty && BlockColumn > 0)
        {
            var offset = column - 1;
            for (var i = FoldedLineOffsets.Length - 1; i >= 0; i--)
            {
                if (offset >= FoldedLineOffsets[i])
                {
                    return Location with { Line = Location.Line + i + 1, Column = BlockColumn + offset - FoldedLineOffsets[i] };
                }
            }
        }

        if (line <= 1 || BlockColumn <= 0)
        {
            return Location.Offset(line, column);
        }

        return Location with { Line = Location.Line + line - 1, Column = BlockColumn + column - 1 };
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
