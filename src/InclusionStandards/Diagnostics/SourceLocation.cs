namespace InclusionStandards.Diagnostics;

/// <summary>A position in a source file: 1-based line and column. Immutable.</summary>
/// <param name="File">The file path as the user gave it (or a resource name); empty when unknown.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column) : IComparable<SourceLocation>
{
    /// <summary>Orders by file (ordinal), line, then column.</summary>
    public int CompareTo(SourceLocation? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(File, other.File);
        if (c != 0)
        {
            return c;
        }

        c = Line.CompareTo(other.Line);
        return c != 0 ? c : Column.CompareTo(other.Column);
    }

    /// <summary>Returns this location moved within a scalar: a 1-based line and column inside the scalar text.</summary>
    /// <remarks>Used to map a position inside a condition expression to the YAML file (plain or single-line scalars).</remarks>
    public SourceLocation Offset(int lineInScalar, int columnInScalar) =>
        lineInScalar <= 1 ? this with { Column = Column + columnInScalar - 1 } : this with { Line = Line + lineInScalar - 1, Column = columnInScalar };

    /// <inheritdoc />
    public override string ToString() => $"{DiagnosticText.Escape(File)}:{Line}:{Column}";
}
