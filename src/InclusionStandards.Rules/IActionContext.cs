using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules;

/// <summary>
/// What a rule's action sees while it runs: the rule, the matched facts, and the session operations.
/// Valid only during the action call; not thread-safe (it belongs to the session's thread).
/// </summary>
public interface IActionContext
{
    /// <summary>The rule that is firing.</summary>
    RuleDefinition Rule { get; }

    /// <summary>
    /// The values matched by the rule's elements, one per element in order: the fact for a pattern, the result for
    /// an aggregate, <see langword="null"/> for not / exists / forall.
    /// </summary>
    IReadOnlyList<object?> Facts { get; }

    /// <summary>The value bound to a declaration.</summary>
    /// <exception cref="RuleExecutionException">No declaration of that name, or its value is not a <typeparamref name="T"/>.</exception>
    T Get<T>(string declaration);

    /// <summary>Inserts a fact (stays until retracted).</summary>
    void Insert(object fact);

    /// <summary>
    /// Inserts a fact justified by this match: it is retracted automatically when the match stops holding
    /// (truth maintenance). A fact already present as a logical fact gains another justification.
    /// </summary>
    void InsertLogical(object fact);

    /// <summary>Tells the session that a fact changed; rules re-match it.</summary>
    void Update(object fact);

    /// <summary>Retracts a fact.</summary>
    void Retract(object fact);

    /// <summary>Adds a result to the session's <see cref="ISession.Results"/>.</summary>
    void Emit(object result);
}
