using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>Where a value comes from in a CSV row: a column, an optional type and an optional value map. Immutable.</summary>
public sealed record CsvColumnMapping
{
    /// <summary>The column header.</summary>
    public required string Column { get; init; }

    /// <summary>
    /// A column read instead when <see cref="Column"/> is absent from the file or its cell is missing (e.g. the ICS is
    /// in <c>ICS</c> in later survey years and in <c>ICS/STP</c> in earlier ones); optional.
    /// </summary>
    public string? Fallback { get; init; }

    /// <summary>The value type (<c>int</c>, <c>double</c>, <c>string</c>, <c>bool</c>…); optional (inferred from the schema).</summary>
    public string? Type { get; init; }

    /// <summary>Maps cell text to values (e.g. a benchmarking group to an organisation type); empty when none.</summary>
    public ImmutableDictionary<string, string> Map { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Cell texts that mean "no value" for this column (e.g. <c>-</c> for a region that does not apply), beside the file-wide <c>NA</c>, <c>&lt;NA&gt;</c> and empty cells.</summary>
    public ImmutableArray<string> Missing { get; init; } = [];

    /// <summary>
    /// The values this field can hold (e.g. the seven NHS England regions); with <see cref="SwappedWith"/>, a row whose
    /// value is not one of them while the other field's value is, has the two columns swapped. Empty when not declared.
    /// </summary>
    public ImmutableArray<string> Known { get; init; } = [];

    /// <summary>The field of the same section whose column some files swap with this one (checked by <see cref="Known"/>); optional.</summary>
    public string? SwappedWith { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
