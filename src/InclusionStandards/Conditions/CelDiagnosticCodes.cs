namespace InclusionStandards.Conditions;

/// <summary>
/// The stable diagnostic codes of the condition language. Codes are documented in <c>docs/conditions.md</c> and are
/// never reused for another meaning.
/// </summary>
public static class CelDiagnosticCodes
{
    /// <summary>CEL100: the expression is not well formed (syntax error, bad literal, reserved word).</summary>
    public const string Syntax = "CEL100";

    /// <summary>CEL101: an operator or function is applied to values of the wrong types.</summary>
    public const string TypeMismatch = "CEL101";

    /// <summary>CEL102: a name is not declared (variable or function).</summary>
    public const string Undeclared = "CEL102";

    /// <summary>CEL103: a field does not exist on the record or CLR type.</summary>
    public const string NoSuchField = "CEL103";

    /// <summary>CEL104: a limit was exceeded (expression length, nesting depth).</summary>
    public const string Limit = "CEL104";

    /// <summary>CEL105: the expression's type is not the type the caller requires (e.g. bool for a criterion).</summary>
    public const string WrongResultType = "CEL105";
}
