namespace InclusionStandards.Diagnostics;

/// <summary>
/// The catalog of every stable diagnostic code the library reports (documented in <c>docs/diagnostics.md</c>), in one
/// class and one convention: a code is a prefix and three digits — <c>STD</c> standards files, <c>EVD</c> evidence,
/// <c>CEL</c> the condition language, <c>EVL</c> evaluation — and its constant is named by what went wrong, beginning
/// with its subject outside standards files (<c>Evidence…</c>, <c>Cel…</c>, <c>Evaluation…</c>). Each constant
/// carries its severity and a one-line meaning (<see cref="DiagnosticCodeAttribute"/>, listed by <see cref="All"/>).
/// A code is never renumbered nor reused for another meaning.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>STD001: the file is larger than <c>LoaderLimits.MaxFileBytes</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The file is larger than LoaderLimits.MaxFileBytes.")]
    public const string FileTooLarge = "STD001";

    /// <summary>STD002: the YAML is not well formed (or an alias is unknown).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The YAML is not well formed (or an alias is unknown).")]
    public const string YamlSyntax = "STD002";

    /// <summary>STD003: nesting deeper than <c>LoaderLimits.MaxDepth</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Nesting deeper than LoaderLimits.MaxDepth.")]
    public const string TooDeep = "STD003";

    /// <summary>STD004: more nodes than <c>LoaderLimits.MaxNodes</c> (aliases counted in full), or a cyclic alias.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "More nodes than LoaderLimits.MaxNodes (aliases counted in full), or a cyclic alias.")]
    public const string TooManyNodes = "STD004";

    /// <summary>STD005: a file or directory cannot be read.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A file or directory cannot be read.")]
    public const string FileUnreadable = "STD005";

    /// <summary>STD006: more than one YAML document in a file.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "More than one YAML document in a file.")]
    public const string MultipleDocuments = "STD006";

    /// <summary>STD007 (warning): a YAML tag was ignored.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A YAML tag was ignored.")]
    public const string TagIgnored = "STD007";

    /// <summary>STD008: the same key twice in one mapping.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The same key twice in one mapping.")]
    public const string DuplicateKey = "STD008";

    /// <summary>STD009: a directory given to load holds no standards file.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A directory given to load holds no standards file.")]
    public const string NoStandardsFiles = "STD009";

    /// <summary>STD100: <c>kind</c> is missing or not a known kind.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Kind is missing or not a known kind.")]
    public const string UnknownKind = "STD100";

    /// <summary>STD101: a key the format does not define (with a did-you-mean suggestion).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A key the format does not define (with a did-you-mean suggestion).")]
    public const string UnknownKey = "STD101";

    /// <summary>STD102: a required key is missing.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A required key is missing.")]
    public const string MissingKey = "STD102";

    /// <summary>STD103: a value of the wrong type (e.g. a list where a word is expected, text where a number is).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A value of the wrong type (e.g. a list where a word is expected, text where a number is).")]
    public const string WrongType = "STD103";

    /// <summary>STD104: a value outside its allowed set (status, method, unit, outcome…).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A value outside its allowed set (status, method, unit, outcome…).")]
    public const string InvalidValue = "STD104";

    /// <summary>STD105: an id that is not kebab-case.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An id that is not kebab-case.")]
    public const string InvalidId = "STD105";

    /// <summary>STD106: a version that is not SemVer 2.0.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A version that is not SemVer 2.0.")]
    public const string InvalidVersion = "STD106";

    /// <summary>STD107: an item (or a standard) that cites no source.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An item (or a standard) that cites no source.")]
    public const string MissingSources = "STD107";

    /// <summary>STD108: a field type in the evidence schema that is not well formed.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A field type in the evidence schema that is not well formed.")]
    public const string InvalidFieldType = "STD108";

    /// <summary>STD109: a date that is not <c>YYYY-MM-DD</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A date that is not YYYY-MM-DD.")]
    public const string InvalidDate = "STD109";

    /// <summary>STD110 (warning): a citation that names its source but no section.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A citation that names its source but no section.")]
    public const string CitationWithoutSection = "STD110";

    /// <summary>STD111 (warning): a source's <c>url</c> that is not an absolute http(s) address.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A source's url that is not an absolute http(s) address.")]
    public const string SourceUrlNotWeb = "STD111";

    /// <summary>STD112 (retired): warned that <c>kind: rules</c> files were not evaluated; they are, and nothing reports it.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "Retired: warned that kind: rules files were not evaluated; they are now, and the code is not used.")]
    public const string RetiredRulesNotEvaluated = "STD112";

    /// <summary>STD113 (warning): a key that has no effect where it is written (a criterion's <c>category</c> outside a domain).</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "A key that has no effect where it is written (a criterion's category outside a domain).")]
    public const string KeyWithoutEffect = "STD113";

    /// <summary>STD200: an id used twice in the catalog.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An id used twice in the catalog.")]
    public const string DuplicateId = "STD200";

    /// <summary>STD201: a citation's <c>ref</c> names no source of its file.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A citation's ref names no source of its file.")]
    public const string UnknownSource = "STD201";

    /// <summary>STD202: a field's <c>vocabulary</c> names no vocabulary.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A field's vocabulary names no vocabulary.")]
    public const string UnknownVocabulary = "STD202";

    /// <summary>STD203: <c>scoring</c> names no scoring scheme.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Scoring names no scoring scheme.")]
    public const string UnknownScoring = "STD203";

    /// <summary>STD204: a reference to an item id (e.g. a framework domain in <c>roles</c>) that does not exist.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A reference to an item id (e.g. a framework domain in roles) that does not exist.")]
    public const string UnknownReference = "STD204";

    /// <summary>STD205: a field type names a type the evidence schema does not declare.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A field type names a type the evidence schema does not declare.")]
    public const string UnknownType = "STD205";

    /// <summary>STD206: <c>for.each</c> or <c>coverage.each</c> does not name a root list field (or <c>coverage.field</c> is not a list field of its elements).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "For.each or coverage.each does not name a root list field (or coverage.field is not a list field of its elements).")]
    public const string NotARootList = "STD206";

    /// <summary>STD207: a domain criterion's <c>category</c> is not one of the domain's <c>evidenceCategories</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A domain criterion's category is not one of the domain's evidenceCategories.")]
    public const string UnknownCategory = "STD207";

    /// <summary>STD208: the catalog does not have exactly one evidence schema.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The catalog does not have exactly one evidence schema.")]
    public const string EvidenceSchemaCount = "STD208";

    /// <summary>STD209: the evidence schema lacks the <c>Organisation</c> type, its required fields, or the <c>organisation</c> root field.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The evidence schema lacks the Organisation type, its required fields, or the organisation root field.")]
    public const string OrganisationType = "STD209";

    /// <summary>STD210: a type's <c>key</c> is not one of its string fields.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A type's key is not one of its string fields.")]
    public const string InvalidKey = "STD210";

    /// <summary>STD211: a limiter's <c>capAt</c> names no rating of its scheme.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A limiter's capAt names no rating of its scheme.")]
    public const string UnknownRating = "STD211";

    /// <summary>STD212: a criterion or indicator depends on itself through <c>outcome()</c> or <c>indicator()</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A criterion or indicator depends on itself through outcome() or indicator().")]
    public const string ReferenceCycle = "STD212";

    /// <summary>
    /// STD213: a rule's variable is misused: two patterns bind the same name, a name hides a root field of the evidence,
    /// or <c>derive.element</c> names no pattern over the target criterion's <c>for</c> list.
    /// </summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A rule's variable is misused: two patterns bind the same name, a name hides a root field of the evidence, or derive.element names no pattern over the target criterion's for list.")]
    public const string RuleVariable = "STD213";

    /// <summary>STD214: a field's <c>atMost</c> names no numeric sibling field, or the field itself is not numeric.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A field's atMost names no numeric sibling field, or the field itself is not numeric.")]
    public const string InvalidAtMost = "STD214";

    /// <summary>STD215: a criterion's <c>action</c> and <c>owner</c> do not come together, or the owner is not a term of the <c>owner-roles</c> vocabulary.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A criterion's action and owner do not come together, or the owner is not a term of the owner-roles vocabulary.")]
    public const string InvalidAction = "STD215";

    /// <summary>
    /// STD216: a criterion's <c>score</c> is not a number field of the evidence its met condition reads, or its standard's
    /// scheme has no <c>criterionScores</c> to give its range.
    /// </summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A criterion's score is not a number field of the evidence its met condition reads, or its standard's scheme has no criterionScores to give its range.")]
    public const string InvalidScore = "STD216";

    /// <summary>STD300: bands (levels or ratings) leave a gap.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Bands (levels or ratings) leave a gap.")]
    public const string BandGap = "STD300";

    /// <summary>STD301: bands (levels or ratings) overlap.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "Bands (levels or ratings) overlap.")]
    public const string BandOverlap = "STD301";

    /// <summary>STD302: a band whose <c>from</c> is greater than its <c>to</c> (or equal, for half-open bands), or <c>min</c> above <c>max</c>.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A band whose from is greater than its to (or equal, for half-open bands), or min above max.")]
    public const string EmptyBand = "STD302";

    /// <summary>STD303 (warning): bands (levels or ratings) stop short of the highest value a scope can score.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "Bands (levels or ratings) stop short of the highest value a scope can score.")]
    public const string BandsShort = "STD303";

    /// <summary>STD400: a condition does not parse or does not type-check against the evidence schema.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A condition does not parse or does not type-check against the evidence schema.")]
    public const string ConditionError = "STD400";

    /// <summary>STD401: a condition has the wrong result type (e.g. a criterion's <c>met</c> is not bool).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A condition has the wrong result type (e.g. a criterion's met is not bool).")]
    public const string ConditionResultType = "STD401";

    /// <summary>STD402: a scoring limiter's <c>when</c> is not a limiter condition.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A scoring limiter's when is not a limiter condition.")]
    public const string LimiterCondition = "STD402";

    /// <summary>STD403: a constant argument that <c>timestamp()</c>, <c>duration()</c> or <c>matches()</c> can never read.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A constant argument that timestamp(), duration() or matches() can never read.")]
    public const string ConstantArgument = "STD403";

    /// <summary>STD404: a rule pattern's <c>where</c> calls <c>outcome()</c> or <c>indicator()</c>; rules read evidence only.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A rule pattern's where calls outcome() or indicator(); rules read evidence only.")]
    public const string RuleReadsFindings = "STD404";

    /// <summary>
    /// STD405: a string compared with a field whose values are closed (an <c>allowed</c> list or a vocabulary) is not one
    /// of those values, so the comparison is decided the same way for every organisation.
    /// </summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A string compared with a field whose values are closed (an allowed list or a vocabulary) is not one of those values, so the comparison is decided the same way for every organisation.")]
    public const string ValueOutsideVocabulary = "STD405";

    /// <summary>
    /// STD406: the argument of <c>outcome()</c> or <c>indicator()</c> is not a constant string (a literal, or literals
    /// joined by <c>+</c>): what a condition reads must be known before any evidence is seen.
    /// </summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The argument of outcome() or indicator() is not a constant string (a literal, or literals joined by +): what a condition reads must be known before any evidence is seen.")]
    public const string NonConstantReference = "STD406";

    /// <summary>STD407: a rule test cannot run: its evidence (its base file, patch or given) cannot be read or is not valid evidence.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A rule test cannot run: its evidence (its base file, patch or given) cannot be read or is not valid evidence.")]
    public const string RuleTestCannotRun = "STD407";

    /// <summary>STD408: a rule-test expectation names a criterion, indicator or scope the standards do not have.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A rule-test expectation names a criterion, indicator or scope the standards do not have.")]
    public const string RuleTestUnknownTarget = "STD408";

    /// <summary>STD409: a standards, mapping or rule-test file holds a control character (NUL, ESC, other C0/C1 controls, a bidi override, a line separator).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A standards, mapping or rule-test file holds a control character (NUL, ESC, other C0/C1 controls, a bidi override, a line separator).")]
    public const string ControlCharacter = "STD409";
}
