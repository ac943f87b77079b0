namespace InclusionStandards.Loading.Yaml;

/// <summary>How a scalar was written.</summary>
internal enum YScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}
