using InclusionStandards.Evidence;
using InclusionStandards.Rules;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// One organisation held in a live engine session: evaluated once on <see cref="Start"/>, then kept up to date as
/// list elements (e.g. one board member) change, re-firing only the rules that read the changed element, the
/// roll-ups over its list, the rules that read the list through the root, and — by truth maintenance — whatever
/// depends on their findings. <see cref="Findings"/> then equals a fresh evaluation of the changed evidence.
/// Mutable and not thread-safe: one caller at a time.
/// </summary>
internal sealed class LiveEvaluation
{
    private readonly Evaluator _evaluator;
    private readonly DateOnly _assessmentDate;
    private readonly ISession _session;
    private readonly EvaluationFacts _facts;
    private readonly Dictionary<(string List, int Index), ElementFact> _elements;
    private readonly Dictionary<string, ListRevision> _revisions;

    private LiveEvaluation(Evaluator evaluator, DateOnly assessmentDate, ISession session, EvaluationFacts facts, IEnumerable<ElementFact> elements)
    {
        _evaluator = evaluator;
        _assessmentDate = assessmentDate;
        _session = session;
        _facts = facts;
        _elements = elements.ToDictionary(e => (e.List, e.Index));
        _revisions = session.Query<ListRevision>().ToDictionary(r => r.List, StringComparer.Ordinal);
    }

    /// <summary>The evidence as it stands after the updates so far.</summary>
    public EvidenceDocument Evidence => _facts.Document;

    /// <summary>Evaluates <paramref name="evidence"/> and keeps the session; <see langword="null"/> when the standards do not run on the engine.</summary>
    public static LiveEvaluation? Start(CompiledStandards standards, EvidenceDocument evidence, DateOnly assessmentDate)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(evidence);
        if (standards.Engine is not { } engine)
        {
            return null;
        }

        var evaluator = new Evaluator(standards);
        var facts = evaluator.Facts(evidence, assessmentDate);
        var elements = evaluator.Elements(evidence);
        return new LiveEvaluation(evaluator, assessmentDate, engine.Start(facts, elements), facts, elements);
    }

    /// <summary>The findings now held, and every rule fired since <see cref="Start"/>.</summary>
    public FindingSet Findings() => EngineRunner.Collect(_session);

    /// <summary>
    /// Replaces element <paramref name="index"/> of the root list <paramref name="list"/> (it keeps its key) and
    /// re-derives what depends on it. Returns how many rules fired.
    /// </summary>
    /// <exception cref="ArgumentException">The list is not one that per-element criteria iterate, or the index is out of range.</exception>
    public int ReplaceElement(string list, int index, Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_elements.TryGetValue((list, index), out var old) || !_revisions.TryGetValue(list, out var revision))
        {
            throw new ArgumentException($"'{list}' has no element {index} in this evaluation.", nameof(index));
        }

        var document = _facts.Document;
        var records = document.Elements[list].SetItem(index, record);
        var root = document.Root.ToBuilder().Set(list, records.Cast<object?>().ToList()).Build();
        _facts.Document = document with { Root = root, Elements = document.Elements.SetItem(list, records) };
        _evaluator.Facts(_facts.Document, _assessmentDate).RootArguments.CopyTo(_facts.RootArguments, 0);

        var fresh = old with { Record = record };
        _elements[(list, index)] = fresh;
        _session.Retract(old);
        _session.Insert(fresh);
        _session.Update(revision);
        return _session.Fire();
    }
}
