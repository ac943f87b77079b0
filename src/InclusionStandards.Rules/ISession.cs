using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Rules;

/// <summary>
/// A working memory of facts matched incrementally against a compiled rule set. Created by
/// <see cref="ISessionFactory.CreateSession(SessionOptions?)"/>. <b>Not thread-safe</b>: use a session from one
/// thread at a time (create one session per thread or per evaluation; sessions are cheap).
/// </summary>
/// <remarks>
/// Facts are identified by reference: inserting the same object twice fails; two equal but distinct objects are two
/// facts. Insert, Update and Retract match immediately (only the affected rules re-match); <see cref="Fire"/> runs
/// the agenda. Order of firing: higher <see cref="Model.RuleDefinition.Salience"/> first, then earlier activation
/// across all rules of that salience (first in, first out, as NRules orders its agenda). An activation fires at most
/// once (refraction) unless its facts are updated or its match is replaced.
/// </remarks>
public interface ISession
{
    /// <summary>The number of facts in working memory.</summary>
    int FactCount { get; }

    /// <summary>The results emitted by actions (<see cref="IActionContext.Emit"/>), in order.</summary>
    IReadOnlyList<object> Results { get; }

    /// <summary>An explanation of every firing so far, in order.</summary>
    IReadOnlyList<RuleFiring> Firings { get; }

    /// <summary>Raised after a fact is inserted (also by actions).</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>Raised after a fact is updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>Raised after a fact is retracted (also by truth maintenance).</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>Raised after a rule fired.</summary>
    event EventHandler<RuleFiredEventArgs>? RuleFired;

    /// <summary>Inserts a fact.</summary>
    /// <exception cref="ArgumentException">The fact is already in the session (stated or logical).</exception>
    /// <exception cref="RuleExecutionException">A condition threw on the fact; the fact is not inserted.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts, in order.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Re-matches a fact that changed (or whose identity is unchanged but whose state changed).</summary>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    /// <exception cref="RuleExecutionException">A condition threw on the fact's new state; the fact is retracted.</exception>
    void Update(object fact);

    /// <summary>Updates facts, in order.</summary>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Retracts a fact.</summary>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    void Retract(object fact);

    /// <summary>Retracts facts, in order.</summary>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>True when the fact is in the session.</summary>
    bool Contains(object fact);

    /// <summary>Fires activations until the agenda is empty.</summary>
    /// <returns>The number of rules fired by this call.</returns>
    /// <exception cref="RuleExecutionException">
    /// An action failed, or the firing limit (<see cref="SessionOptions.MaxFirings"/>) was reached; the message names
    /// the rules involved. A nested <c>Fire</c> from an action is refused and surfaces here, naming the action's rule.
    /// </exception>
    /// <exception cref="InvalidOperationException">Called while this session is already firing (from an event handler).</exception>
    int Fire();

    /// <summary>The facts of CLR type <typeparamref name="T"/> (including derived types), in insertion order.</summary>
    IEnumerable<T> Query<T>();

    /// <summary>The records of a schema-defined type, in insertion order.</summary>
    IEnumerable<Record> Query(RecordType type);
}
