namespace InclusionStandards.Diagnostics;

/// <content>The codes of evidence files (<c>EVD1xx</c>).</content>
public static partial class DiagnosticCodes
{
    /// <summary>EVD100: the file cannot be read or is not well-formed YAML or JSON.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The file cannot be read or is not well-formed YAML or JSON.")]
    public const string EvidenceUnreadable = "EVD100";

    /// <summary>EVD101: a field the evidence schema does not declare.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A field the evidence schema does not declare.")]
    public const string EvidenceUnknownField = "EVD101";

    /// <summary>EVD102: a value of the wrong type (e.g. text where a number is expected).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A value of the wrong type (e.g. text where a number is expected).")]
    public const string EvidenceWrongType = "EVD102";

    /// <summary>EVD103: a value that is not one of the allowed values (or vocabulary terms).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A value that is not one of the allowed values (or vocabulary terms).")]
    public const string EvidenceNotAllowed = "EVD103";

    /// <summary>EVD104: a number below the field's <c>min</c> or above its <c>max</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A number below the field's min or above its max.")]
    public const string EvidenceOutOfRange = "EVD104";

    /// <summary>EVD105: a date, timestamp or duration that cannot be read.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A date, timestamp or duration that cannot be read.")]
    public const string EvidenceBadDate = "EVD105";

    /// <summary>EVD106: a required part is missing (organisation, its ODS code, name or type, the period).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A required part is missing (organisation, its ODS code, name or type, the period).")]
    public const string EvidenceMissing = "EVD106";

    /// <summary>EVD107: a limit was exceeded (file size, nesting depth, list length, number of nodes).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A limit was exceeded (file size, nesting depth, list length, number of nodes).")]
    public const string EvidenceLimitExceeded = "EVD107";

    /// <summary>EVD108: the same key appears twice in a mapping.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The same key appears twice in a mapping.")]
    public const string EvidenceDuplicateKey = "EVD108";

    /// <summary>EVD109: the period ends before it starts.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The period ends before it starts.")]
    public const string EvidenceBadPeriod = "EVD109";

    /// <summary>EVD110: a CSV mapping names a column the file does not have, or the file cannot be read as CSV.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A CSV mapping names a column the file does not have, or the file cannot be read as CSV.")]
    public const string EvidenceCsvColumn = "EVD110";

    /// <summary>EVD111: a CSV cell cannot be converted to the mapped field's type.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A CSV cell cannot be converted to the mapped field's type.")]
    public const string EvidenceCsvValue = "EVD111";

    /// <summary>EVD112: a CSV row has more or fewer fields than the header (cut short, or a separator inside an unquoted value).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A CSV row has more or fewer fields than the header (cut short, or a separator inside an unquoted value).")]
    public const string EvidenceCsvRowWidth = "EVD112";

    /// <summary>EVD113 (warning): a date in the evidence is after the assessment date (the file's, else its period end).</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A date in the evidence is after the assessment date (the file's, else its period end).")]
    public const string EvidenceDatedAfterAssessment = "EVD113";

    /// <summary>EVD114: two elements of a list share the value of their type's key field (results are reported per key).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Two elements of a list share the value of their type's key field (results are reported per key).")]
    public const string EvidenceDuplicateElementKey = "EVD114";

    /// <summary>EVD115: a CSV mapping fills an evidence path the evidence schema does not have, or one that is not a single value.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A CSV mapping fills an evidence path the evidence schema does not have, or one that is not a single value.")]
    public const string EvidenceCsvMappingPath = "EVD115";

    /// <summary>EVD116: a value above the sibling field the schema says it can never exceed (<c>atMost</c>), e.g. more appointed than shortlisted.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A value above the sibling field the schema says it can never exceed (atMost), e.g. more appointed than shortlisted.")]
    public const string EvidenceAboveSibling = "EVD116";

    /// <summary>EVD117 (warning): every percentage in the evidence lies between 0 and 1, as if fractions were given for percentages.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "Every percentage in the evidence lies between 0 and 1, as if fractions were given for percentages.")]
    public const string EvidencePercentAsFraction = "EVD117";

    /// <summary>EVD118: a control character (NUL, ESC, other C0 or C1 controls, a lone surrogate) in the text or in a value.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A control character (NUL, ESC, other C0 or C1 controls, a lone surrogate) in the text or in a value.")]
    public const string EvidenceControlCharacter = "EVD118";

    /// <summary>EVD119: the same organisation and period twice in one batch (identical or conflicting evidence).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The same organisation and period twice in one batch (identical or conflicting evidence).")]
    public const string EvidenceDuplicateOrganisationPeriod = "EVD119";

    /// <summary>EVD120 (warning): a CSV row holds two mapped columns swapped (e.g. the region in the ICS column), told by the values one of them can hold (<c>known</c>); they are read the right way round.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A CSV row holds two mapped columns swapped (e.g. the region in the ICS column), told by the values one of them can hold (known); they are read the right way round.")]
    public const string EvidenceCsvColumnsSwapped = "EVD120";

    /// <summary>EVD121: shares in percent of one whole (a <c>group</c> without <c>atMost</c>, e.g. respondents by religion) add up to more than 100, beyond rounding.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Shares in percent of one whole (a group without atMost, e.g. respondents by religion) add up to more than 100, beyond rounding.")]
    public const string EvidenceSharesAbove100 = "EVD121";

    /// <summary>EVD122: a value above a figure elsewhere in the evidence it can never exceed (<c>atMost</c> naming a path or a record), e.g. a question's base above the survey's respondents.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A value above a figure elsewhere in the evidence it can never exceed (atMost naming a path or a record), e.g. a question's base above the survey's respondents.")]
    public const string EvidenceAboveBound = "EVD122";

    /// <summary>EVD123 (warning): a value above a figure it is normally within (<c>usuallyAtMost</c>), e.g. more staff trained than the headcount.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A value above a figure it is normally within (usuallyAtMost), e.g. more staff trained than the headcount.")]
    public const string EvidenceAboveUsualBound = "EVD123";

    /// <summary>EVD124: a share in percent of a count that is 0 (<c>shareOf</c>), e.g. a rate with a base of 0.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A share in percent of a count that is 0 (shareOf), e.g. a rate with a base of 0.")]
    public const string EvidenceShareOfNone = "EVD124";
}
