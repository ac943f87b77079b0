using System.Collections.Immutable;
using InclusionStandards.Conditions.Checking;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Conditions.Compilation;

/// <summary>The compile pipeline: limits → parse → check types → check result type → build expression tree.</summary>
internal static class ConditionCompiler
{
    public static CompileResult Compile(CelEnvironment env, string text, CelType? requiredType, SourceLocation? origin)
    {
        var (checkedExpr, diagnostics) = Check(env, text, requiredType, origin);
        return checkedExpr is null ? new CompileResult(null, diagnostics) : new CompileResult(Lower(env, text, checkedExpr), []);
    }

    /// <summary>Parses and type-checks: the checked tree, or the diagnostics (sorted) when it has errors.</summary>
    public static (CheckedExpression? Checked, ImmutableArray<Diagnostic> Diagnostics) Check(CelEnvironment env, string text, CelType? requiredType, SourceLocation? origin)
    {
        if (text.Length > env.Limits.MaxLength)
        {
            return (null, Failed(text, origin, [(DiagnosticCodes.CelLimit, $"the expression is {text.Length} characters long; the limit is {env.Limits.MaxLength}", 0)]));
        }

        Expr root;
        try
        {
            root = Parser.Parse(text, env.Limits.MaxDepth, env.Limits.MaxLength);
        }
        catch (ParseError e)
        {
            return (null, Failed(text, origin, [(e.Code, e.Message, e.Offset)]));
        }

        var (checkedExpr, errors) = Checker.Check(env, root);
        if (checkedExpr is null)
        {
            return (null, Failed(text, origin, errors));
        }

        var type = checkedExpr.ResultType;
        if (requiredType is not null && !type.Equals(requiredType) && type.Kind != CelTypeKind.Dyn)
        {
            return (null, Failed(text, origin, [(DiagnosticCodes.CelWrongResultType, $"the expression is {type}, but {requiredType} is required here", 0)]));
        }

        return (checkedExpr, []);
    }

    /// <summary>Lowers a checked tree to an expression tree (no checks: the tree was checked in <paramref name="env"/>).</summary>
    public static CompiledCondition Lower(CelEnvironment env, string text, CheckedExpression checkedExpr) =>
        new(text, checkedExpr.ResultType, env.Variables, checkedExpr.EvidencePaths, ExpressionCompiler.Compile(checkedExpr, env)) { WholePaths = checkedExpr.WholePaths };

    private static ImmutableArray<Diagnostic> Failed(string text, SourceLocation? origin, List<(string Code, string Message, int Offset)> errors) =>
        errors.Select(e => ToDiagnostic(text, origin, e.Code, e.Message, e.Offset)).Order().ToImmutableArray();

    /// <summary>A diagnostic at an offset in the expression, with the expression line and a caret under the column.</summary>
    internal static Diagnostic ToDiagnostic(string text, SourceLocation? origin, string code, string message, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        var column = offset - lineStart + 1;
        var lineEnd = text.IndexOf('\n', lineStart);
        var lineText = (lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd]).TrimEnd('\r');
        var location = origin is null ? new SourceLocation(string.Empty, line, column) : origin.Offset(line, column);
        var caret = new string(' ', column - 1) + "^";
        return Diagnostic.Error(code, message, location) with { Detail = "  | " + lineText + "\n  | " + caret };
    }
}
