namespace InclusionStandards.Evidence;

/// <summary>The stable diagnostic codes of evidence files (<c>EVD1xx</c>). Never reused for another meaning.</summary>
public static class EvidenceCodes
{
    /// <summary>The file cannot be read or is not well-formed YAML or JSON.</summary>
    public const string Unreadable = "EVD100";

    /// <summary>A field the evidence schema does not declare.</summary>
    public const string UnknownField = "EVD101";

    /// <summary>A value of the wrong type (e.g. text where a number is expected).</summary>
    public const string WrongType = "EVD102";

    /// <summary>A value that is not one of the allowed values (or vocabulary terms).</summary>
    public const string NotAllowed = "EVD103";

    /// <summary>A number below the field's <c>min</c> or above its <c>max</c>.</summary>
    public const string OutOfRange = "EVD104";

    /// <summary>A date, timestamp or duration that cannot be read.</summary>
    public const string BadDate = "EVD105";

    /// <summary>A required part is missing (organisation, its ODS code, name or type, the period).</summary>
    public const string Missing = "EVD106";

    /// <summary>A limit was exceeded (file size, nesting depth, list length, number of nodes).</summary>
    public const string LimitExceeded = "EVD107";

    /// <summary>The same key appears twice in a mapping.</summary>
    public const string DuplicateKey = "EVD108";

    /// <summary>The period ends before it starts.</summary>
    public const string BadPeriod = "EVD109";

    /// <summary>A CSV mapping names a column the file does not have, or the file cannot be read as CSV.</summary>
    public const string CsvColumn = "EVD110";

    /// <summary>A CSV cell cannot be converted to the mapped field's type.</summary>
    public const string CsvValue = "EVD111";

    /// <summary>A CSV row has more or fewer fields than the header (cut short, or a separator inside an unquoted value).</summary>
    public const string CsvRowWidth = "EVD112";

    /// <summary>(Warning) A date in the evidence is after the assessment date (the file's, else its period end).</summary>
    public const string DatedAfterAssessment = "EVD113";

    /// <summary>Two elements of a list share the value of their type's key field (results are reported per key).</summary>
    public const string DuplicateElementKey = "EVD114";

    /// <summary>A CSV mapping fills an evidence path the evidence schema does not have, or one that is not a single value.</summary>
    public const string CsvMappingPath = "EVD115";

    /// <summary>EVD116: a value above the sibling field the schema says it can never exceed (<c>atMost</c>), e.g. more appointed than shortlisted.</summary>
    public const string AboveSibling = "EVD116";

    /// <summary>EVD117 (warning): every percentage in the evidence lies between 0 and 1, as if fractions were given for percentages.</summary>
    public const string PercentAsFraction = "EVD117";

    /// <summary>EVD118: a control character (NUL, ESC, other C0 or C1 controls, a lone surrogate) in the text or in a value.</summary>
    public const string ControlCharacter = "EVD118";

    /// <summary>EVD119: the same organisation and period twice in one batch (identical or conflicting evidence).</summary>
    public const string DuplicateOrganisationPeriod = "EVD119";

    /// <summary>EVD120 (warning): a CSV row holds two mapped columns swapped (e.g. the region in the ICS column), told by the values one of them can hold (<c>known</c>); they are read the right way round.</summary>
    public const string CsvColumnsSwapped = "EVD120";

    /// <summary>EVD121: shares in percent of one whole (a <c>group</c> without <c>atMost</c>, e.g. respondents by religion) add up to more than 100, beyond rounding.</summary>
    public const string SharesAbove100 = "EVD121";

    /// <summary>EVD122: a value above a figure elsewhere in the evidence it can never exceed (<c>atMost</c> naming a path or a record), e.g. a question's base above the survey's respondents.</summary>
    public const string AboveBound = "EVD122";

    /// <summary>EVD123 (warning): a value above a figure it is normally within (<c>usuallyAtMost</c>), e.g. more staff trained than the headcount.</summary>
    public const string AboveUsualBound = "EVD123";

    /// <summary>EVD124: a share in percent of a count that is 0 (<c>shareOf</c>), e.g. a rate with a base of 0.</summary>
    public const string ShareOfNone = "EVD124";
}
