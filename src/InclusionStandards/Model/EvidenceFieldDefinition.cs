using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A field of an evidence type, or a root field of the evidence schema. Immutable.</summary>
public sealed record EvidenceFieldDefinition
{
    /// <summary>The field name (lowerCamelCase).</summary>
    public required string Name { get; init; }

    /// <summary>The declared type.</summary>
    public required TypeReference Type { get; init; }

    /// <summary>A description (required on root fields).</summary>
    public string? Description { get; init; }

    /// <summary>An optional unit, e.g. <c>people</c> or <c>percent</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>The allowed string values; empty when unrestricted.</summary>
    public ImmutableArray<string> Allowed { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>A taxonomy vocabulary id whose term ids are the allowed values; optional.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>The inclusive minimum of a numeric field; optional.</summary>
    public double? Min { get; init; }

    /// <summary>The inclusive maximum of a numeric field; optional.</summary>
    public double? Max { get; init; }

    /// <summary>
    /// A numeric sibling field (of the same type) this field's value can never exceed, such as
    /// <c>appointed</c> (<c>atMost: shortlisted</c>); evidence breaking it is refused (EVD116). Or a path from the
    /// evidence root (it has a dot) to a figure elsewhere in the evidence, where <c>*</c> stands for the name of the field
    /// holding this record (<c>base</c>: <c>atMost: staffSurvey.respondents</c>; EVD122). On a record field, a sibling
    /// record or path of the same type: each of its numbers is at most the same number there (<c>senior</c>:
    /// <c>atMost: all</c>; EVD122). Optional.
    /// </summary>
    public string? AtMost { get; init; }

    /// <summary>Where <see cref="AtMost"/> is written (the field's location when there is none).</summary>
    public SourceLocation? AtMostLocation { get; init; }

    /// <summary>
    /// A figure this field's value is normally within but may exceed, because the two are counted at different times or
    /// from different records (staff trained in the year against the headcount at its end: <c>usuallyAtMost:
    /// workforce.all.*</c>). Written like <see cref="AtMost"/>; evidence above it gets a warning (EVD123). Optional.
    /// </summary>
    public string? UsuallyAtMost { get; init; }

    /// <summary>Where <see cref="UsuallyAtMost"/> is written.</summary>
    public SourceLocation? UsuallyAtMostLocation { get; init; }

    /// <summary>
    /// For a share in percent: the numeric sibling field counting those it is a share of (<c>rate</c>:
    /// <c>shareOf: base</c>). A share of a count of 0 is refused (EVD124): there is nobody to be a share of. Optional.
    /// </summary>
    public string? ShareOf { get; init; }

    /// <summary>
    /// A name shared by sibling fields with the same <see cref="AtMost"/> whose sum can never exceed it either — the parts
    /// of one breakdown, such as <c>bme</c>, <c>white</c> and <c>ethnicityUnknown</c> of a <c>headcount</c> (<c>group: ethnicity</c>);
    /// evidence breaking it is refused (EVD116). Shares in percent (<c>unit: percent</c>, <c>max: 100</c>) with a
    /// <c>group</c> and no <c>atMost</c> are the parts of one whole (religions of respondents): their sum cannot exceed
    /// 100 beyond rounding (EVD121). Optional; other fields need <see cref="AtMost"/> (STD214).
    /// </summary>
    public string? Group { get; init; }

    /// <summary>Never echoed in reports, logs or diagnostics.</summary>
    public bool Sensitive { get; init; }

    /// <summary>A protected characteristic of a person: never shown next to a named person.</summary>
    public bool Protected { get; init; }

    /// <summary>Where the field is declared (the location of its name).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Where the type string is written (for type errors).</summary>
    public required SourceLocation TypeLocation { get; init; }
}
