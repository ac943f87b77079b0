using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Assessments;

/// <summary>
/// One organisation held in a live engine session, for hosts that re-assess as evidence changes: evaluated once on
/// <see cref="Start"/>, then kept up to date as list elements (e.g. one board member) are replaced, re-firing only the
/// criteria that read a changed field of the element, the roll-ups over its list, the rules that read the list through
/// the root, and — by truth maintenance — whatever depends on their findings. <see cref="Assess"/> then gives the same
/// assessment as <see cref="Evaluator.Evaluate"/> of the changed evidence, at a fraction of the cost.
/// Mutable and not thread-safe: one caller at a time.
/// </summary>
/// <example>
/// <code>
/// var live = LiveEvaluation.Start(standards, evidence, assessmentDate) ?? throw new InvalidOperationException();
/// live.ReplaceElement("boardMembers", 0, changedMember);
/// var assessment = live.Assess();
/// </code>
/// </example>
public sealed class LiveEvaluation
{
    private readonly Evaluator _evaluator;
    private readonly AssessmentBuilder _builder;
    private readonly DateOnly _assessmentDate;
    private readonly ILiveSession _session;
    private readonly EvaluationFacts _facts;
    private readonly Dictionary<(string List, int Index), List<ElementView>> _views;
    private readonly Dictionary<string, ListRevision> _revisions;

    /// <summary>
    /// Per per-element criterion: the element fields its conditions read (paths below the element variable), or null
    /// when it uses the element variable other than through a field (then it is assumed to read everything).
    /// </summary>
    private readonly Dictionary<string, string[]?> _fieldsRead;

    private LiveEvaluation(Evaluator evaluator, CompiledStandards standards, DateOnly assessmentDate, ILiveSession session, EvaluationFacts facts)
    {
        _evaluator = evaluator;
        _builder = new AssessmentBuilder(standards);
        _assessmentDate = assessmentDate;
        _session = session;
        _facts = facts;
        _views = session.Views.GroupBy(v => (v.Element.List, v.Element.Index)).ToDictionary(g => g.Key, g => g.ToList());
        _revisions = session.Revisions.ToDictionary(r => r.List, StringComparer.Ordinal);
        _fieldsRead = standards.Criteria.Where(c => c.ForEach is not null).ToDictionary(c => c.Id, c => c.ElementFieldsRead is { } f ? f.ToArray() : null, StringComparer.Ordinal);
    }

    /// <summary>The evidence as it stands after the updates so far.</summary>
    public EvidenceDocument Evidence => _facts.Document;

    /// <summary>
    /// Evaluates <paramref name="evidence"/> and keeps the session; <see langword="null"/> when the standards' engine keeps
    /// no session (<see cref="StandardsEngine.SupportsLiveEvaluation"/>, e.g. <see cref="StandardsEngine.Direct"/>): then use
    /// <see cref="Evaluator"/>.
    /// </summary>
    /// <param name="standards">The compiled standards.</param>
    /// <param name="evidence">The organisation's evidence.</param>
    /// <param name="assessmentDate">The assessment date: conditions see it as <c>assessmentDate</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The assessment date is before the evidence period starts.</exception>
    public static LiveEvaluation? Start(CompiledStandards standards, EvidenceDocument evidence, DateOnly assessmentDate)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(evidence);
        Evaluator.CheckDate(evidence, assessmentDate);
        var evaluator = new Evaluator(standards);
        var facts = evaluator.Facts(evidence, assessmentDate);
        var elements = evaluator.Elements(evidence);
        return standards.Runner.Start(facts, elements) is { } session ? new LiveEvaluation(evaluator, standards, assessmentDate, session, facts) : null;
    }

    /// <summary>The findings now held, and every rule fired since <see cref="Start"/>.</summary>
    internal FindingSet Findings() => _session.Findings();

    /// <summary>
    /// The assessment of the evidence as it stands now: the same as <see cref="Evaluator.Evaluate"/> of
    /// <see cref="Evidence"/>, except that its count of rule firings covers every rule fired in this live session
    /// since <see cref="Start"/> (the work actually done).
    /// </summary>
    public Assessment Assess() => _builder.Build(_facts.Document, _assessmentDate, Findings());

    /// <summary>
    /// Replaces element <paramref name="index"/> of the root list <paramref name="list"/> and re-derives what depends
    /// on it (a new key renames the element's findings): the per-element criteria whose conditions read a changed field of the element
    /// (the others only move to the new element: their findings cannot change), the rules that read the list through
    /// the root, and whatever depends on their findings. Returns how many rules fired.
    /// </summary>
    /// <param name="list">The root list's name (e.g. <c>boardMembers</c>).</param>
    /// <param name="index">The element's position in the list.</param>
    /// <param name="record">The new element, of the list's record type.</param>
    /// <exception cref="ArgumentException">The list is not a root list of records of the evidence, the index is out of
    /// range, the record is not of the list's element type, or its key is another element's.</exception>
    public int ReplaceElement(string list, int index, Record record)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(record);
        var document = _facts.Document;
        if (!_revisions.TryGetValue(list, out var revision) || !document.Elements.TryGetValue(list, out var elements) || index < 0 || index >= elements.Length)
        {
            throw new ArgumentException($"'{list}' has no element {index} in this evaluation.", nameof(index));
        }

        var views = _views.GetValueOrDefault((list, index)) ?? []; // none when no per-element criterion iterates the list
        var elementType = document.Elements[list][index].Type;
        if (!ReferenceEquals(record.Type, elementType))
        {
            throw new ArgumentException($"The new element of '{list}' is a {record.Type.Name}; the list holds {elementType.Name} records.", nameof(record));
        }

        var keyField = _evaluator.KeyFieldOf(list);
        var key = ElementFact.KeyOf(record, keyField, index);
        var clash = document.Elements[list].Select((r, i) => (r, i)).FirstOrDefault(x => x.i != index && ElementFact.KeyOf(x.r, keyField, x.i) == key);
        if (clash.r is not null)
        {
            throw new ArgumentException($"The new element of '{list}' has the key '{key}', like element {clash.i}: each element needs its own key.", nameof(record));
        }

        var records = document.Elements[list].SetItem(index, record);
        var root = document.Root.ToBuilder().Set(list, records.Cast<object?>().ToList()).Build();
        _facts.Document = document with { Root = root, Elements = document.Elements.SetItem(list, records) };
        _evaluator.Facts(_facts.Document, _assessmentDate).RootArguments.CopyTo(_facts.RootArguments, 0);

        var changed = views.Count == 0 ? [] : RecordDiff.ChangedPaths(views[0].Element.Record, record);
        foreach (var view in views)
        {
            var old = view.Element;
            view.Element = old with { Record = record, Key = key };
            if (key != old.Key || Reads(view.CriterionId, changed)) // a new key renames every finding of the element
            {
                _session.Update(view);
            }
        }

        _session.Update(revision);
        return _session.Fire();
    }

    /// <summary>
    /// True when the per-element criterion may see one of the <paramref name="changed"/> fields: one of its evidence
    /// paths under the element variable touches one, or it uses the element variable other than through a field
    /// (then it is assumed to read everything).
    /// </summary>
    private bool Reads(string criterionId, List<string> changed)
    {
        if (changed.Count == 0)
        {
            return false;
        }

        if (_fieldsRead[criterionId] is not { } fields)
        {
            return true;
        }

        foreach (var field in fields)
        {
            if (RecordDiff.Touches(changed, field))
            {
                return true;
            }
        }

        return false;
    }
}
