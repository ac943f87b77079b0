using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Compilation;

/// <summary>The compiled conditions of one element, split by what they read.</summary>
internal sealed class ConditionSet
{
    /// <summary>Tests on the element's own fact alone, with their sharing keys (alpha network).</summary>
    public List<(string Key, Tiered<Func<object, bool>> Test, AlphaEquality? Equality)> Alpha { get; } = new();

    /// <summary>Tests on the fact (or result) and earlier bindings (beta network).</summary>
    public List<Tiered<Func<Token, object, bool>>> Beta { get; } = new();

    /// <summary>Hash-join key of the new fact, or null when the element is not joined by equality.</summary>
    public Tiered<Func<object, object?>>? RightKey { get; set; }

    /// <summary>A structural key of <see cref="RightKey"/>: nodes with equal keys can share a fact's computed key.</summary>
    public string? RightKeyId { get; set; }

    /// <summary>Hash-join key of the earlier bindings, paired with <see cref="RightKey"/>.</summary>
    public Tiered<Func<Token, object?>>? LeftKey { get; set; }
}

/// <summary>
/// An alpha test of the form <c>f.X == constant</c> (a type whose <c>==</c> agrees with <c>Equals</c>): nodes testing
/// the same selector are dispatched by one hash lookup of the selector's value instead of one call each.
/// </summary>
internal sealed record AlphaEquality(string SelectorKey, Tiered<Func<object, object?>> Selector, object Value);
