using System.Collections.Immutable;
using System.Linq.Expressions;
using InclusionStandards.Conditions.Runtime;

namespace InclusionStandards.Conditions;

/// <summary>
/// A compiled condition: an expression tree and its compiled delegate. Immutable and thread-safe; evaluate it as
/// often as needed. No evaluation throws: errors and missing evidence are returned as <see cref="ConditionResult"/>s.
/// </summary>
public sealed class CompiledCondition
{
    private readonly Lazy<Delegate> _typed;
    private readonly Lazy<Func<object?[], ConditionResult>> _untyped;

    internal CompiledCondition(string text, CelType resultType, ImmutableArray<CelVariable> variables, ImmutableArray<string> evidencePaths, LambdaExpression lambda)
    {
        Text = text;
        ResultType = resultType;
        Variables = variables;
        EvidencePaths = evidencePaths;
        Lambda = lambda;
        _typed = new Lazy<Delegate>(lambda.Compile);
        _untyped = new Lazy<Func<object?[], ConditionResult>>(() => BuildUntyped(lambda, variables));
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>The checked type of the expression: bool for criteria, double or int for indicator formulas, ...</summary>
    public CelType ResultType { get; }

    /// <summary>The variables, in the order of the lambda's parameters.</summary>
    public ImmutableArray<CelVariable> Variables { get; }

    /// <summary>
    /// The evidence paths the expression reads, sorted (e.g. <c>board.chair.appraisal.date</c>); fields read inside
    /// macros appear under the list with <c>[]</c>, e.g. <c>board.members[].appraised</c>.
    /// </summary>
    public ImmutableArray<string> EvidencePaths { get; }

    /// <summary>
    /// The expression tree: one parameter per declared variable, in declaration order (<c>Record</c> for record
    /// types, the CLR type for CLR types, long/double/bool/string/... for CEL primitives, object for lists, maps and
    /// dyn), returning <see cref="ConditionResult"/>. Embed it in engine rules as a condition.
    /// </summary>
    public LambdaExpression Lambda { get; }

    /// <summary>The compiled delegate of <see cref="Lambda"/>, e.g. <c>Func&lt;Record, ConditionResult&gt;</c>.</summary>
    /// <typeparam name="TDelegate">The delegate type matching the lambda.</typeparam>
    /// <exception cref="InvalidCastException">The delegate type does not match the declared variables.</exception>
    public TDelegate GetDelegate<TDelegate>()
        where TDelegate : Delegate => (TDelegate)_typed.Value;

    /// <summary>Evaluates with one argument per declared variable (converted; a wrong type is an error result).</summary>
    public ConditionResult Evaluate(params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Length != Variables.Length
            ? ConditionResult.Error($"expected {Variables.Length} arguments, got {arguments.Length}")
            : _untyped.Value(arguments);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>The paths whose values decide the result (see <c>CheckedExpression.WholePaths</c>); default when not known.</summary>
    internal ImmutableArray<string> WholePaths { get; init; }

    private static Func<object?[], ConditionResult> BuildUntyped(LambdaExpression lambda, ImmutableArray<CelVariable> variables)
    {
        var args = Expression.Parameter(typeof(object?[]), "args");
        var converted = lambda.Parameters.Select((p, i) => (Expression)Expression.Call(
            typeof(DynamicAccess).GetMethod(nameof(DynamicAccess.Argument))!.MakeGenericMethod(p.Type),
            Expression.ArrayIndex(args, Expression.Constant(i)),
            Expression.Constant(variables[i].Name)));
        var ex = Expression.Parameter(typeof(Exception), "ex");
        var body = Expression.TryCatch(
            Expression.Invoke(lambda, converted),
            Expression.Catch(ex, Expression.Call(typeof(ConditionResult).GetMethod(nameof(ConditionResult.FromException), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!, ex)));
        return Expression.Lambda<Func<object?[], ConditionResult>>(body, args).Compile();
    }
}
