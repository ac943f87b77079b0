namespace InclusionStandards.Diagnostics;

/// <content>The codes of the condition language (<c>CEL1xx</c>, see <c>docs/conditions.md</c>).</content>
public static partial class DiagnosticCodes
{
    /// <summary>CEL100: the expression is not well formed (syntax error, bad literal, reserved word).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The expression is not well formed (syntax error, bad literal, reserved word).")]
    public const string CelSyntax = "CEL100";

    /// <summary>CEL101: an operator or function is applied to values of the wrong types.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An operator or function is applied to values of the wrong types.")]
    public const string CelTypeMismatch = "CEL101";

    /// <summary>CEL102: a name is not declared (variable or function).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A name is not declared (variable or function).")]
    public const string CelUndeclared = "CEL102";

    /// <summary>CEL103: a field does not exist on the record or CLR type.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A field does not exist on the record or CLR type.")]
    public const string CelNoSuchField = "CEL103";

    /// <summary>CEL104: a limit was exceeded (expression length, nesting depth).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A limit was exceeded (expression length, nesting depth).")]
    public const string CelLimit = "CEL104";

    /// <summary>CEL105: the expression's type is not the type the caller requires (e.g. bool for a criterion).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The expression's type is not the type the caller requires (e.g. bool for a criterion).")]
    public const string CelWrongResultType = "CEL105";
}
