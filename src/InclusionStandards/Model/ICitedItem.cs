using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>An identified item of a standard that cites its sources (criterion, objective, statement, term…).</summary>
public interface ICitedItem
{
    /// <summary>The kebab-case id, unique across the catalog.</summary>
    string Id { get; }

    /// <summary>The citations; at least one is required for items that carry meaning.</summary>
    ImmutableArray<SourceCitation> Sources { get; }

    /// <summary>Where the item is declared (the location of its <c>id</c> value).</summary>
    SourceLocation Location { get; }
}
