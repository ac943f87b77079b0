using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>One rule test: evidence in (a base file and a patch, or inline), expected outcomes out. Immutable.</summary>
public sealed record RuleTest
{
    /// <summary>The test name.</summary>
    public required string Name { get; init; }

    /// <summary>An evidence file to start from, relative to the test file; optional.</summary>
    public string? Base { get; init; }

    /// <summary>A deep-merge patch onto <see cref="Base"/> (maps merge, lists replace, null removes); optional.</summary>
    public DataNode? Patch { get; init; }

    /// <summary>A whole evidence document inline (instead of base/patch); optional.</summary>
    public DataNode? Given { get; init; }

    /// <summary>The expectations, in the order written.</summary>
    public required ImmutableArray<RuleExpectation> Expect { get; init; }

    /// <summary>Where the test is declared (its name).</summary>
    public required SourceLocation Location { get; init; }
}
