using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// A condition's syntax tree for the load-time checks that read it (<see cref="ConstantArguments"/>,
/// <see cref="VocabularyLiterals"/>): parsed at most once per condition, and only when a check needs it.
/// </summary>
internal sealed class ConditionSyntax(Condition condition)
{
    private readonly Lazy<Expr?> _root = new(() => Parse(condition), LazyThreadSafetyMode.None);

    public Condition Condition { get; } = condition;

    /// <summary>The syntax tree; null when the condition does not parse (the type checker reports that).</summary>
    public Expr? Root => _root.Value;

    private static Expr? Parse(Condition condition)
    {
        try
        {
            return Parser.Parse(condition.Text, CelLimits.Default.MaxDepth);
        }
        catch (ParseError)
        {
            return null;
        }
    }
}
