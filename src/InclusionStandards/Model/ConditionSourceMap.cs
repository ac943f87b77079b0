using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// Where the characters of a condition's text were written in its YAML scalar, kept beside the model so that the
/// public <see cref="Condition"/> carries only its text and start. Immutable.
/// </summary>
/// <param name="BlockColumn">
/// For block scalars (<c>|</c>, <c>&gt;</c>), the 1-based column where continuation lines start; 0 for flow scalars
/// (plain or quoted), whose continuation lines are mapped by <see cref="SourceLocation.Offset"/>.
/// </param>
/// <param name="FoldedLineOffsets">
/// For folded block scalars (<c>&gt;</c>), whose source lines are joined by spaces into one line of text: the 0-based
/// offsets in the text where the second, third… source line begins (those lines start at <paramref name="BlockColumn"/>).
/// Empty otherwise.
/// </param>
/// <param name="CharPositions">Where each character of the text was written, for flow scalars with escapes or folded lines (else empty).</param>
internal sealed record ConditionSourceMap(int BlockColumn, ImmutableArray<int> FoldedLineOffsets, ImmutableArray<(int Line, int Column)> CharPositions)
{
    /// <summary>No map: positions inside the text are offsets from its start.</summary>
    public static readonly ConditionSourceMap None = new(0, [], []);

    /// <summary>Maps a 1-based line and column inside <paramref name="text"/>, which starts at <paramref name="location"/>, to a location in the file.</summary>
    public SourceLocation LocationAt(string text, SourceLocation location, int line, int column)
    {
        if (!CharPositions.IsDefaultOrEmpty)
        {
            var offset = column - 1;
            for (int l = 1, i = 0; l < line && i >= 0; l++)
            {
                i = text.IndexOf('\n', i);
                offset = i < 0 ? int.MaxValue : i + 1 + column - 1;
                i = i < 0 ? -1 : i + 1;
            }

            if (offset >= 0 && offset < CharPositions.Length)
            {
                return location with { Line = CharPositions[offset].Line, Column = CharPositions[offset].Column };
            }

            if (offset == CharPositions.Length && offset > 0)
            {
                return location with { Line = CharPositions[^1].Line, Column = CharPositions[^1].Column + 1 };
            }
        }

        if (line <= 1 && !FoldedLineOffsets.IsDefaultOrEmpty && BlockColumn > 0)
        {
            var offset = column - 1;
            for (var i = FoldedLineOffsets.Length - 1; i >= 0; i--)
            {
                if (offset >= FoldedLineOffsets[i])
                {
                    return location with { Line = location.Line + i + 1, Column = BlockColumn + offset - FoldedLineOffsets[i] };
                }
            }
        }

        if (line <= 1 || BlockColumn <= 0)
        {
            return location.Offset(line, column);
        }

        return location with { Line = location.Line + line - 1, Column = BlockColumn + column - 1 };
    }
}
