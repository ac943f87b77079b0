using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Checking;
using InclusionStandards.Conditions.Compilation;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// One condition parsed and type-checked once, in the environment it is evaluated in: the checked tree (a type for every
/// node, resolved variables, fields and overloads), the <c>outcome()</c>/<c>indicator()</c> references read from its
/// resolved calls, the evidence paths it reads, and the map from positions in its text to the file. Every semantic check
/// of validation is a pass over it, and compilation only lowers it. Immutable and thread-safe.
/// </summary>
internal sealed class BoundCondition
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CompiledCondition, BoundCondition> Origins = new();

    private readonly Lazy<CompiledCondition?> _lowered;

    public BoundCondition(Condition source, CelEnvironment environment, CheckedExpression? checkedExpr, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Environment = environment;
        Checked = checkedExpr;
        Diagnostics = diagnostics;
        References = checkedExpr is null ? [] : [.. FindReferences(checkedExpr)];
        _lowered = new(Lower, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The condition as written, with where it is.</summary>
    public Condition Source { get; }

    /// <summary>The environment it was checked in (and is lowered in).</summary>
    public CelEnvironment Environment { get; }

    /// <summary>The checked tree; null when the condition does not parse or type-check (see <see cref="Diagnostics"/>).</summary>
    public CheckedExpression? Checked { get; }

    /// <summary>Parse and type errors, located in the file (CEL codes: the validation stage reports them as STD400/STD401).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The calls of <c>outcome()</c> and <c>indicator()</c>, in source order.</summary>
    public ImmutableArray<ConditionReference> References { get; }

    /// <summary>The evidence paths it reads (see <see cref="CompiledCondition.EvidencePaths"/>).</summary>
    public ImmutableArray<string> EvidencePaths => Checked?.EvidencePaths ?? [];

    /// <summary>The condition lowered to an expression tree (once; shared); null when it did not check.</summary>
    public CompiledCondition? Lowered => _lowered.Value;

    /// <summary>The bound condition a compiled condition was lowered from; null for one compiled otherwise.</summary>
    public static BoundCondition? Of(CompiledCondition condition) => Origins.TryGetValue(condition, out var bound) ? bound : null;

    private CompiledCondition? Lower()
    {
        if (Checked is null)
        {
            return null;
        }

        var lowered = ConditionCompiler.Lower(Environment, Source.Text, Checked);
        Origins.AddOrUpdate(lowered, this);
        return lowered;
    }

    /// <summary>Where the character at <paramref name="offset"/> of the text was written in the file.</summary>
    public SourceLocation At(int offset)
    {
        var text = Source.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return Source.LocationAt(line, offset - lineStart + 1);
    }

    /// <summary>An error at <paramref name="offset"/> in the text, with the text's line and a caret under the column.</summary>
    public Diagnostic ErrorAt(string code, string message, int offset)
    {
        var d = ConditionCompiler.ToDiagnostic(Source.Text, null, code, message, offset);
        return d with { Location = At(offset) };
    }

    /// <summary>
    /// True when the declared variable <paramref name="name"/> is used other than through a field selection (passed whole
    /// to a function, compared, iterated): then every field of it may be read.
    /// </summary>
    public bool UsesWhole(string name)
    {
        if (Checked is null)
        {
            return true;
        }

        var index = Environment.IndexOfVariable(name);
        foreach (var (node, parent) in ExprWalk.Nodes(Checked.Root))
        {
            if (node is IdentExpr && Checked.Resolutions.TryGetValue(node, out var r) && r is VariableResolution v && v.Index == index
                && !(parent is SelectExpr s && ReferenceEquals(s.Operand, node)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ConditionReference> FindReferences(CheckedExpression checkedExpr)
    {
        foreach (var (node, _) in ExprWalk.Nodes(checkedExpr.Root))
        {
            if (node is CallExpr { Target: null, Args: [var argument] } call
                && checkedExpr.Overloads.TryGetValue(call, out var overloads)
                && overloads.Find(f => ReferenceEquals(f, BindingEnvironment.OutcomeFunction) || ReferenceEquals(f, BindingEnvironment.IndicatorFunction)) is { } function)
            {
                var kind = ReferenceEquals(function, BindingEnvironment.OutcomeFunction) ? ReferenceKind.Outcome : ReferenceKind.Indicator;
                yield return new ConditionReference(kind, ConstantString(argument), call, argument);
            }
        }
    }

    /// <summary>
    /// The value of a constant string expression: a string literal, constant strings joined by <c>+</c>, or a conditional
    /// whose condition is a bool literal; null for anything else.
    /// </summary>
    internal static string? ConstantString(Expr e) => e switch
    {
        LiteralExpr { Value: string s } => s,
        CallExpr { Function: Operators.Add, Target: null, Args: [var a, var b] } when ConstantString(a) is { } x && ConstantString(b) is { } y => x + y,
        CallExpr { Function: Operators.Conditional, Args: [LiteralExpr { Value: bool c }, var t, var f] } => ConstantString(c ? t : f),
        _ => null,
    };
}

/// <summary>Which function a reference calls.</summary>
internal enum ReferenceKind
{
    /// <summary><c>outcome(id)</c>: a criterion's (or banded indicator's) outcome.</summary>
    Outcome,

    /// <summary><c>indicator(id)</c>: an indicator's value.</summary>
    Indicator,
}

/// <summary>A resolved call of <c>outcome()</c> or <c>indicator()</c>: the id when the argument is a constant string.</summary>
/// <param name="Kind">Which function.</param>
/// <param name="Id">The id; null when the argument is not a constant string (an error).</param>
/// <param name="Call">The call.</param>
/// <param name="Argument">The argument.</param>
internal sealed record ConditionReference(ReferenceKind Kind, string? Id, CallExpr Call, Expr Argument)
{
    /// <summary>How a condition writes it, e.g. <c>outcome('id')</c>.</summary>
    public string Display => $"{(Kind == ReferenceKind.Outcome ? "outcome" : "indicator")}('{Id}')";
}
