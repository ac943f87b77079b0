using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// The semantic checks of conditions, each a pass over the bound (checked) trees: parse and type errors (STD400,
/// STD401), references (STD204, STD406), cycles (STD212), findings read by rule patterns (STD404), constant arguments and
/// operations (STD403) and literals outside closed values (STD405).
/// </summary>
internal static class ConditionPasses
{
    public static IEnumerable<Diagnostic> Run(StandardsCatalog catalog, BoundCatalog bound)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var (_, condition) in bound.All)
        {
            diagnostics.AddRange(condition.Diagnostics);
        }

        var criteria = catalog.EnumerateCriteria().Select(c => c.Criterion.Id)
            .Concat(catalog.EnumerateIndicators().Where(i => i.Indicator.Band is not null).Select(i => i.Indicator.Id)).ToHashSet(StringComparer.Ordinal);
        var indicators = catalog.EnumerateIndicators().Select(i => i.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var banded = catalog.EnumerateIndicators().Where(i => i.Indicator.Band is not null).Select(i => i.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var patterns = bound.Patterns.Values.Select(p => p.Where).OfType<BoundCondition>().ToHashSet(ReferenceEqualityComparer.Instance);
        var closed = new ClosedValueLiterals(banded);
        foreach (var (owner, condition) in bound.All)
        {
            if (patterns.Contains(condition))
            {
                diagnostics.AddRange(RuleReads(owner, condition));
            }
            else
            {
                diagnostics.AddRange(References(condition, criteria, indicators));
            }

            diagnostics.AddRange(ConstantArguments.Check(condition));
            diagnostics.AddRange(ConstantOperations.Check(condition));
            diagnostics.AddRange(closed.Check(condition));
        }

        diagnostics.AddRange(ReferenceCycles.Find(bound));
        diagnostics.AddRange(ActionChecks.ScoreReads(catalog, bound));
        return diagnostics;
    }

    /// <summary>STD204 for an id that names nothing of its kind; STD406 for an argument that is not a constant string.</summary>
    private static IEnumerable<Diagnostic> References(BoundCondition condition, HashSet<string> criteria, HashSet<string> indicators)
    {
        foreach (var r in condition.References)
        {
            var fn = r.Kind == ReferenceKind.Outcome ? "outcome" : "indicator";
            if (r.Id is not { } id)
            {
                yield return condition.ErrorAt(DiagnosticCodes.NonConstantReference,
                    $"{fn}() takes the id of a {(r.Kind == ReferenceKind.Outcome ? "criterion" : "indicator")} as a constant string (e.g. {fn}('some-id')): the criteria are ordered by what they read before any evidence is seen, so the id cannot come from the evidence.",
                    Conditions.Syntax.Spans.Start(r.Argument));
                continue;
            }

            var known = r.Kind == ReferenceKind.Outcome ? criteria : indicators;
            if (!known.Contains(id))
            {
                yield return Diagnostic.Error(DiagnosticCodes.UnknownReference,
                    $"{fn}('{id}') names no {(r.Kind == ReferenceKind.Outcome ? "criterion" : "indicator")} of the catalog.{Loading.Levenshtein.DidYouMean(id, known)}",
                    condition.At(IdOffset(condition, r)));
            }
        }
    }

    /// <summary>Where the id starts: inside the quotes of a plain literal argument, else at the argument.</summary>
    private static int IdOffset(BoundCondition condition, ConditionReference r)
    {
        var start = Conditions.Syntax.Spans.Start(r.Argument);
        if (r.Argument is Conditions.Syntax.LiteralExpr && r.Id is { Length: > 0 } id)
        {
            var at = condition.Source.Text.IndexOf(id, start, StringComparison.Ordinal);
            return at >= 0 && at <= start + 4 ? at : start;
        }

        return start;
    }

    /// <summary>STD404: a rule pattern's <c>where</c> reads evidence only.</summary>
    private static IEnumerable<Diagnostic> RuleReads(string ruleId, BoundCondition condition) =>
        condition.References.Select(r => condition.ErrorAt(DiagnosticCodes.RuleReadsFindings,
            $"Rule '{ruleId}': a pattern's 'where' reads evidence only, not {(r.Id is null ? (r.Kind == ReferenceKind.Outcome ? "outcome()" : "indicator()") : r.Display)}. Test the outcome in the target criterion's conditions instead.",
            r.Call.Offset));
}
