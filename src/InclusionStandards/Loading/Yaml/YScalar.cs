using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading.Yaml;

/// <summary>A scalar with its style and, for expressions, where its content starts.</summary>
internal sealed class YScalar : YNode
{
    public YScalar(SourceLocation start, string value, YScalarStyle style, SourceLocation contentStart, int blockColumn, int[]? foldedLineOffsets = null)
        : base(start)
    {
        FoldedLineOffsets = foldedLineOffsets ?? [];
        Value = value;
        Style = style;
        ContentStart = contentStart;
        BlockColumn = blockColumn;
    }

    public string Value { get; }

    public YScalarStyle Style { get; }

    /// <summary>The location of the first character of the value (after a quote; the first content line of a block scalar).</summary>
    public SourceLocation ContentStart { get; }

    /// <summary>For block scalars, the column of continuation lines; otherwise 0.</summary>
    public int BlockColumn { get; }

    /// <summary>For folded scalars whose lines simply join with spaces: where each following source line starts in the value.</summary>
    public int[] FoldedLineOffsets { get; }

    /// <summary>
    /// For flow scalars (plain or quoted) that escapes or line folding make differ from their source: where each
    /// character of <see cref="Value"/> was written, as (line, column); empty when the value is its source verbatim.
    /// </summary>
    public (int Line, int Column)[] CharPositions { get; init; } = [];

    /// <summary>True for an unquoted null (<c>~</c>, <c>null</c>, or empty).</summary>
    public bool IsNull => Style == YScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe => IsNull ? "null" : $"'{Value}'";
}
