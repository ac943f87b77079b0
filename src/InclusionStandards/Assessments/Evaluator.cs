using InclusionStandards.Assessments;
using InclusionStandards.Compilation;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Assessments;

/// <summary>
/// Evaluates evidence against <see cref="CompiledStandards"/>: the findings derived by the standards' engine (<see cref="CompiledStandards.Engine"/>), then
/// outcomes, indicators, scores and ratings, with provenance. Stateless and thread-safe: share one instance and
/// call <see cref="Evaluate"/> from any number of threads. Deterministic: no clock is read, and the same inputs
/// give an identical <see cref="Assessment"/>.
/// </summary>
public sealed class Evaluator
{
    private readonly CompiledStandards _standards;
    private readonly AssessmentBuilder _builder;

    /// <summary>Creates an evaluator over compiled standards.</summary>
    public Evaluator(CompiledStandards standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        _standards = standards;
        _builder = new AssessmentBuilder(standards);
    }

    /// <summary>Evaluates one organisation's evidence.</summary>
    /// <param name="evidence">The evidence, read by <see cref="CompiledStandards.Evidence"/> (or imported from CSV).</param>
    /// <param name="assessmentDate">The assessment date: conditions see it as <c>assessmentDate</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The assessment date is before the evidence period starts (every "within N months of the assessment" check
    /// would pass); readers of evidence files report this as EVD109 instead.
    /// </exception>
    public Assessment Evaluate(EvidenceDocument evidence, DateOnly assessmentDate)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        CheckDate(evidence, assessmentDate);
        var findings = Run(evidence, assessmentDate);
        return _builder.Build(evidence, assessmentDate, findings);
    }

    /// <summary>Refuses an assessment date before the evidence period starts (see <see cref="Evaluate"/>).</summary>
    internal static void CheckDate(EvidenceDocument evidence, DateOnly assessmentDate)
    {
        if (assessmentDate < evidence.Period.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(assessmentDate), assessmentDate, PeriodMessages.AssessedBeforePeriod(assessmentDate, evidence.Period));
        }
    }

    /// <summary>The findings of one organisation, derived by the standards' engine.</summary>
    internal FindingSet Run(EvidenceDocument evidence, DateOnly assessmentDate) =>
        _standards.Runner.Run(Facts(evidence, assessmentDate), Elements(evidence));

    /// <summary>The evaluation fact of one organisation: its evidence and the root condition arguments.</summary>
    internal EvaluationFacts Facts(EvidenceDocument evidence, DateOnly assessmentDate)
    {
        var args = _standards.Environment.RootArguments(evidence.Root);
        if (evidence.Root.Type.TryGetField("assessmentDate", out var dateField))
        {
            args[dateField.Index] = new DateTimeOffset(assessmentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return new EvaluationFacts(evidence, args);
    }

    /// <summary>The element facts of the lists that per-element criteria iterate, in list-name order.</summary>
    /// <summary>The key field of the elements of <paramref name="list"/> (null: elements are keyed by position).</summary>
    internal string? KeyFieldOf(string list) =>
        _standards.Criteria.Select(c => c.ForEach).FirstOrDefault(b => b?.List == list)?.KeyField
        ?? (_standards.Environment.Types.Root.TryGetField(list, out var f) && f.Type.ElementType?.RecordType is { } type ? _standards.Schema.KeyOf(type) : null);

    internal List<ElementFact> Elements(EvidenceDocument evidence)
    {
        var result = new List<ElementFact>();
        foreach (var binding in _standards.Criteria.Select(c => c.ForEach).OfType<ForEachBinding>().DistinctBy(b => b.List).OrderBy(b => b.List, StringComparer.Ordinal))
        {
            if (!evidence.Elements.TryGetValue(binding.List, out var records))
            {
                continue;
            }

            for (var i = 0; i < records.Length; i++)
            {
                result.Add(new ElementFact(binding.List, i, ElementFact.KeyOf(records[i], binding.KeyField, i), records[i]));
            }
        }

        return result;
    }
}
