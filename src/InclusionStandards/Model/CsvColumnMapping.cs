using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>Where a value comes from in a CSV row: a column, an optional type and an optional value map. Immutable.</summary>
public sealed record CsvColumnMapping
{
    /// <summary>The column header.</summary>
    public required string Column { get; init; }

    /// <summary>The value type (<c>int</c>, <c>double</c>, <c>string</c>, <c>bool</c>…); optional (inferred from the schema).</summary>
    public string? Type { get; init; }

    /// <summary>Maps cell text to values (e.g. a benchmarking group to an organisation type); empty when none.</summary>
    public ImmutableDictionary<string, string> Map { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
