using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Compilation;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Finds calls whose constant argument can never be read — <c>timestamp('2024-13-01T00:00:00Z')</c>,
/// <c>duration('90d')</c>, <c>x.matches('[')</c> — and reports them at load (STD403). The condition language itself
/// only fails such calls when they run (as CEL requires), which would leave the criterion without an outcome for
/// every organisation.
/// </summary>
internal static class ConstantArguments
{
    private static readonly string[] Calls = ["timestamp", "duration", "matches"];

    public static void Check(ValidationContext context, ConditionSyntax syntax)
    {
        var condition = syntax.Condition;
        if (!Calls.Any(c => condition.Text.Contains(c, StringComparison.Ordinal)) || syntax.Root is not { } root)
        {
            return; // most conditions call none of them: not parsed for this check
        }

        Walk(root);

        void Walk(Expr e)
        {
            switch (e)
            {
                case CallExpr c:
                    if (c.Target is { } t)
                    {
                        Walk(t);
                    }

                    foreach (var a in c.Args)
                    {
                        Walk(a);
                    }

                    Inspect(c);
                    break;
                case SelectExpr s:
                    Walk(s.Operand);
                    break;
                case ListExpr l:
                    foreach (var x in l.Elements)
                    {
                        Walk(x);
                    }

                    break;
                case MapExpr m:
                    foreach (var (k, v) in m.Entries)
                    {
                        Walk(k);
                        Walk(v);
                    }

                    break;
                case ComprehensionExpr x:
                    Walk(x.Range);
                    Walk(x.Body);
                    if (x.Filter is { } f)
                    {
                        Walk(f);
                    }

                    break;
            }
        }

        void Inspect(CallExpr c)
        {
            var (literal, read) = c switch
            {
                { Function: "timestamp", Target: null, Args: [LiteralExpr { Value: string s } l] } => (l, (Action)(() => Times.ParseTimestamp(s))),
                { Function: "duration", Target: null, Args: [LiteralExpr { Value: string s } l] } => (l, () => Times.ParseDuration(s)),
                { Function: "matches", Target: not null, Args: [LiteralExpr { Value: string s } l] } => (l, () => Library.GetRegex(s)),
                { Function: "matches", Target: null, Args: [_, LiteralExpr { Value: string s } l] } => (l, () => Library.GetRegex(s)),
                _ => ((LiteralExpr?)null, (Action?)null),
            };
            if (literal is null || read is null)
            {
                return;
            }

            try
            {
                read();
            }
            catch (Exception ex) when (ex is CelEvalException or ArgumentException or FormatException or OverflowException)
            {
                var d = ConditionCompiler.ToDiagnostic(condition.Text, null, DiagnosticCodes.ConstantArgument,
                    $"{c.Function}() can never read its argument here ({ex.Message}), so the condition would fail for every organisation.", literal.Offset);
                context.Diagnostics.Add(d with { Location = condition.LocationAt(d.Location!.Line, d.Location.Column) });
            }
        }
    }
}
