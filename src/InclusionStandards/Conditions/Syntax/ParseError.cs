namespace InclusionStandards.Conditions.Syntax;

/// <summary>A syntax error at an offset; thrown inside the parser only and turned into a diagnostic.</summary>
internal sealed class ParseError(string code, string message, int offset) : Exception(message)
{
    public string Code { get; } = code;

    public int Offset { get; } = offset;
}
