namespace InclusionStandards.Model;

/// <summary>A scalar: its text as written, and whether it was quoted (a quoted scalar is always a string). Immutable.</summary>
public sealed record DataScalar : DataNode
{
    /// <summary>The scalar's value; <see langword="null"/> for YAML null (<c>~</c>, <c>null</c> or empty and unquoted).</summary>
    public required string? Value { get; init; }

    /// <summary>True when the scalar was quoted or a block scalar (so it is a string, never a number or bool).</summary>
    public bool Quoted { get; init; }
}
