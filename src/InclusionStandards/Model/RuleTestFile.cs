using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: rule-tests</c> file (under <c>standards/tests/</c>; not part of the catalog). Immutable.</summary>
public sealed record RuleTestFile
{
    /// <summary>The kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The file it was loaded from.</summary>
    public required string File { get; init; }

    /// <summary>The tests.</summary>
    public required ImmutableArray<RuleTest> Tests { get; init; }

    /// <summary>Where the document starts.</summary>
    public required SourceLocation Location { get; init; }
}
