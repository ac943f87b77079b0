using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>An engine fact: one element of a root list (e.g. a board member), with its key.</summary>
/// <param name="List">The root list field, e.g. <c>boardMembers</c>.</param>
/// <param name="Index">The position in the list.</param>
/// <param name="Key">The element's key (its <c>key</c> field, or <c>#index</c> when it has none).</param>
/// <param name="Record">The element.</param>
internal sealed record ElementFact(string List, int Index, string Key, Record Record)
{
    /// <summary>The key an element is reported under: its key field's value, else its position (<c>#1</c>).</summary>
    internal static string KeyOf(Record record, string? keyField, int index) =>
        keyField is not null && record.GetValue(keyField) is string key && key.Length > 0 ? key : $"#{index + 1}";
}
