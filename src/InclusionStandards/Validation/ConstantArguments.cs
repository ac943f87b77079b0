using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Validation;

/// <summary>
/// Finds calls whose constant argument can never be read — <c>timestamp('2024-13-01T00:00:00Z')</c>,
/// <c>duration('90d')</c>, <c>x.matches('[')</c> — and reports them at load (STD403). The condition language itself
/// only fails such calls when they run (as CEL requires), which would leave the criterion without an outcome for
/// every organisation.
/// </summary>
internal static class ConstantArguments
{
    public static IEnumerable<Diagnostic> Check(BoundCondition condition)
    {
        if (condition.Checked is not { } checkedExpr)
        {
            yield break;
        }

        foreach (var (node, _) in ExprWalk.Nodes(checkedExpr.Root))
        {
            if (node is CallExpr { Function: "timestamp" or "duration" or "matches" } c && Inspect(c) is { } d)
            {
                yield return d;
            }
        }

        Diagnostic? Inspect(CallExpr c)
        {
            var (argument, read) = c switch
            {
                { Function: "timestamp", Target: null, Args: [var a] } => (a, (Action<string>)(s => Times.ParseTimestamp(s))),
                { Function: "duration", Target: null, Args: [var a] } => (a, s => Times.ParseDuration(s)),
                { Function: "matches", Target: not null, Args: [var a] } => (a, s => Library.GetRegex(s)),
                { Function: "matches", Target: null, Args: [_, var a] } => (a, s => Library.GetRegex(s)),
                _ => ((Expr?)null, (Action<string>?)null),
            };
            if (argument is null || read is null || BoundCondition.ConstantString(argument) is not { } value)
            {
                return null;
            }

            try
            {
                read(value);
                return null;
            }
            catch (Exception ex) when (ex is CelEvalException or ArgumentException or FormatException or OverflowException)
            {
                return condition.ErrorAt(DiagnosticCodes.ConstantArgument,
                    $"{c.Function}() can never read its argument here ({ex.Message}), so the condition would fail for every organisation.", Spans.Start(argument));
            }
        }
    }
}
