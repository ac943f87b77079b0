using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Conditions.Syntax;

/// <summary>Expands the comprehension macros at parse time.</summary>
internal static class Macros
{
    public static Expr? Expand(int offset, Expr target, string name, ImmutableArray<Expr> args)
    {
        MacroKind? kind = (name, args.Length) switch
        {
            ("all", 2) => MacroKind.All,
            ("exists", 2) => MacroKind.Exists,
            ("exists_one", 2) => MacroKind.ExistsOne,
            ("map", 2 or 3) => MacroKind.Map,
            ("filter", 2) => MacroKind.Filter,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        if (args[0] is not IdentExpr variable)
        {
            throw new ParseError(DiagnosticCodes.CelSyntax, $"the first argument of {name}() must be a variable name", args[0].Offset);
        }

        return args.Length == 3
            ? new ComprehensionExpr(offset, kind.Value, target, variable.Name, args[2], args[1])
            : new ComprehensionExpr(offset, kind.Value, target, variable.Name, args[1], null);
    }
}
