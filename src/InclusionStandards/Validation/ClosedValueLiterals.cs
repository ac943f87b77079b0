using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;

namespace InclusionStandards.Validation;

/// <summary>
/// STD405: string literals compared with a value whose strings are closed — a field with an <c>allowed</c> list or a
/// vocabulary, or <c>outcome()</c> — that are not among those values (<c>member.role == 'chief-exec'</c>,
/// <c>'bme' in p.targetGroups</c>). A pass over checked trees: the checker types such values as closed strings and
/// carries them through its own rules (ternaries, indexing, <c>map</c>, <c>filter</c>, macro variables), so this pass
/// only looks at the comparisons (<c>==</c>, <c>!=</c>, <c>in</c>). Evidence can only hold allowed values, so such a
/// comparison is decided the same way for every organisation.
/// </summary>
internal sealed class ClosedValueLiterals(IReadOnlySet<string> bandedIndicators)
{
    private static readonly ImmutableArray<string> BandOutcomes = ["met", "not-met"];

    public IEnumerable<Diagnostic> Check(BoundCondition condition)
    {
        if (condition.Checked is not { } checkedExpr)
        {
            yield break;
        }

        CelType? TypeOf(Expr e) => checkedExpr.Types.GetValueOrDefault(e);
        foreach (var (node, _) in ExprWalk.Nodes(checkedExpr.Root))
        {
            switch (node)
            {
                case CallExpr { Function: Operators.Equal or Operators.NotEquals, Target: null, Args: [var a, var b] }:
                    foreach (var d in Compare(condition, a, TypeOf(a), b).Concat(Compare(condition, b, TypeOf(b), a)))
                    {
                        yield return d;
                    }

                    break;
                case CallExpr { Function: Operators.In, Target: null, Args: [var value, var range] }:
                    var element = TypeOf(range) is { Kind: CelTypeKind.List or CelTypeKind.Map } r ? r.Arguments[0] : null;
                    foreach (var d in Against(condition, range, element, value))
                    {
                        yield return d; // 'x' in member.groups
                    }

                    if (range is ListExpr list)
                    {
                        foreach (var d in list.Elements.SelectMany(e => Against(condition, value, TypeOf(value), e)))
                        {
                            yield return d; // member.role in ['a', 'b']
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The literals of <paramref name="value"/> compared with <paramref name="side"/> of type <paramref name="type"/>.</summary>
    private IEnumerable<Diagnostic> Compare(BoundCondition condition, Expr side, CelType? type, Expr value) =>
        type is { Kind: CelTypeKind.List } && value is ListExpr list
            ? list.Elements.SelectMany(e => Against(condition, side, type.Arguments[0], e)) // p.objectives == ['lio-1', 'lio-99']
            : Against(condition, side, type, value);

    /// <summary>Every string literal <paramref name="value"/> can be (through ternaries) that <paramref name="type"/> cannot hold.</summary>
    private IEnumerable<Diagnostic> Against(BoundCondition condition, Expr side, CelType? type, Expr value)
    {
        if (type?.Closed is not { } closed)
        {
            yield break;
        }

        var values = closed.Values;
        var from = closed.From;
        if (side is CallExpr { Function: "outcome", Target: null, Args: [var id] } && BoundCondition.ConstantString(id) is { } indicator && bandedIndicators.Contains(indicator))
        {
            (values, from) = (BandOutcomes, "the outcomes of a banded indicator");
        }

        foreach (var literal in Literals(value))
        {
            var text = (string)literal.Value!;
            if (values.Contains(text))
            {
                continue;
            }

            if (closed.What == "outcome()" && text == "insufficient-evidence")
            {
                yield return condition.ErrorAt(DiagnosticCodes.ValueOutsideVocabulary,
                    "outcome() is never 'insufficient-evidence': it is unknown while the criterion lacks evidence, which makes this condition insufficient-evidence too. Test the outcomes it can give (met, partially-met, not-met, not-applicable).",
                    literal.Offset);
                continue;
            }

            yield return condition.ErrorAt(DiagnosticCodes.ValueOutsideVocabulary,
                $"'{text}' is not a value of {closed.What} ({from}: {string.Join(", ", values.Take(12))}{(values.Length > 12 ? ", …" : string.Empty)}), so this comparison is decided the same way for every organisation.{Levenshtein.DidYouMean(text, values)}",
                literal.Offset);
        }
    }

    private static IEnumerable<LiteralExpr> Literals(Expr e) => e switch
    {
        LiteralExpr { Value: string } l => [l],
        CallExpr { Function: Operators.Conditional, Args: [_, var t, var f] } => Literals(t).Concat(Literals(f)),
        _ => [],
    };
}
