using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// An engine fact standing for the current contents of one root list (e.g. <c>boardMembers</c>). Rules whose
/// conditions read the list through the root (e.g. <c>boardMembers.exists(…)</c>) also match it, so that a
/// <see cref="LiveEvaluation"/> can re-fire exactly those rules, by updating this fact, when an element changes.
/// Compared by reference, like every engine fact.
/// </summary>
/// <param name="list">The root list field.</param>
internal sealed class ListRevision(string list)
{
    public string List { get; } = list;

    public override string ToString() => $"revision of {List}";
}
