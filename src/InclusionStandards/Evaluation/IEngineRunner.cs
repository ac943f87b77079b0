using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The seam between a compiled catalog and an engine: a catalog's rules prepared by one <see cref="StandardsEngine"/>.
/// Every implementation derives the same findings from the same facts (a differential test holds them to it); they
/// differ only in the rules they report fired. Thread-safe: one prepared runner serves any number of organisations.
/// </summary>
internal interface IEngineRunner
{
    /// <summary>Derives the findings of one organisation.</summary>
    FindingSet Run(EvaluationFacts facts, IReadOnlyList<ElementFact> elements);

    /// <summary>
    /// Derives the findings of one organisation in a session kept for updates; <see langword="null"/> when the engine
    /// keeps no session (see <see cref="StandardsEngine.SupportsLiveEvaluation"/>).
    /// </summary>
    ILiveSession? Start(EvaluationFacts facts, IReadOnlyList<ElementFact> elements);
}

/// <summary>
/// One organisation held in an engine session (<see cref="LiveEvaluation"/>): its element views and list revisions,
/// which a live evaluation updates in place, then fires. Not thread-safe.
/// </summary>
internal interface ILiveSession
{
    /// <summary>The element views inserted (one per per-element criterion and element of its list).</summary>
    IReadOnlyList<ElementView> Views { get; }

    /// <summary>The revision facts inserted, one per list the rules read.</summary>
    IReadOnlyList<ListRevision> Revisions { get; }

    /// <summary>Tells the engine that a view or revision changed in place.</summary>
    void Update(object fact);

    /// <summary>Fires the rules the updates activated; returns how many fired.</summary>
    int Fire();

    /// <summary>The findings the session holds now, and every rule fired since it started.</summary>
    FindingSet Findings();
}
