namespace InclusionStandards.Conditions.Syntax;

/// <summary>The kinds of token of the condition language.</summary>
internal enum TokenKind
{
    End,
    Ident,
    QuotedIdent,
    Int,
    Uint,
    Double,
    String,
    Bytes,
    True,
    False,
    Null,
    In,
    Punct,
    Error,
}

/// <summary>A token with its offset in the expression text; <see cref="Value"/> holds decoded literals.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, object? Value = null)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;
}
