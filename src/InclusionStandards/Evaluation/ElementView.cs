using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// An engine fact: one element as seen by one per-element criterion. Each criterion matches only its own views, so a
/// <see cref="LiveEvaluation"/> can re-fire exactly the criteria that read a changed field of an element (updating
/// their views) and move the others to the new element silently. Compared by reference, like every engine fact.
/// </summary>
/// <param name="criterionId">The per-element criterion.</param>
/// <param name="element">The element.</param>
internal sealed class ElementView(string criterionId, ElementFact element)
{
    public string CriterionId { get; } = criterionId;

    /// <summary>The element; a live evaluation replaces it in place when the element changes.</summary>
    public ElementFact Element { get; set; } = element;

    public override string ToString() => $"{CriterionId}[{Element.Key}]";
}
