namespace InclusionStandards.Assessments.Json;

/// <summary>The descriptions written into the results schema, one per member (JSON name) of each result type.</summary>
internal static class SchemaDescriptions
{
    /// <summary>The description of the whole document.</summary>
    public const string Root =
        "The result of evaluating one organisation's evidence against a catalog of standards (docs/results-format.md).";

    private static readonly Dictionary<(Type, string), string> Descriptions = new()
    {
        [(typeof(Assessment), "schemaVersion")] = "The results format version, e.g. \"1.0\". Readers accept the same major version.",
        [(typeof(Assessment), "organisation")] = "The organisation assessed.",
        [(typeof(Assessment), "period")] = "The period the evidence covers (inclusive dates).",
        [(typeof(Assessment), "assessmentDate")] = "The assessment date, given explicitly (evaluation never reads the clock).",
        [(typeof(Assessment), "catalogHash")] = "The content hash of the whole catalog of standards.",
        [(typeof(Assessment), "standards")] = "The standards evaluated, ordered by id.",
        [(typeof(Assessment), "criteria")] = "One result per criterion, ordered by standard then declaration order.",
        [(typeof(Assessment), "indicators")] = "The computed indicators, ordered by standard then declaration order.",
        [(typeof(Assessment), "scopes")] = "Scores and ratings per scope (statement, domain, framework, board member, programme…).",
        [(typeof(Assessment), "missingEvidence")] = "Every missing evidence path across all criteria, sorted and distinct.",
        [(typeof(Assessment), "ruleFirings")] = "How many engine rules fired in the evaluation.",
        [(typeof(OrganisationInfo), "odsCode")] = "The ODS code, e.g. RXX.",
        [(typeof(OrganisationInfo), "name")] = "The organisation's name.",
        [(typeof(OrganisationInfo), "type")] = "The organisation type (a term of the organisation-types vocabulary).",
        [(typeof(OrganisationInfo), "region")] = "The NHS England region as the evidence gives it; absent when not given.",
        [(typeof(OrganisationInfo), "ics")] = "The integrated care system (ICS; an STP in older files) as the evidence gives it; absent when not given.",
        [(typeof(AssessmentPeriod), "start")] = "First day (yyyy-MM-dd).",
        [(typeof(AssessmentPeriod), "end")] = "Last day (yyyy-MM-dd).",
        [(typeof(StandardReference), "id")] = "The standard's id.",
        [(typeof(StandardReference), "kind")] = "Its kind (domain, framework, indicators…).",
        [(typeof(StandardReference), "version")] = "Its SemVer version.",
        [(typeof(StandardReference), "status")] = "draft | proposed | published | retired.",
        [(typeof(StandardReference), "contentHash")] = "The content hash: sha256: followed by lowercase hex.",
        [(typeof(CriterionResult), "criterionId")] = "The criterion id.",
        [(typeof(CriterionResult), "standardId")] = "The id of the standard that declares it.",
        [(typeof(CriterionResult), "scopeId")] = "The scope the criterion belongs to; the standard id when none.",
        [(typeof(CriterionResult), "title")] = "The criterion title.",
        [(typeof(CriterionResult), "subject")] = "For an element result, the element's key (e.g. a board member id); absent for the roll-up.",
        [(typeof(CriterionResult), "outcome")] = "The outcome.",
        [(typeof(CriterionResult), "score")] = "The score the scoring scheme gives this outcome; absent when not scored.",
        [(typeof(CriterionResult), "reasons")] = "Why: readable sentences, in order.",
        [(typeof(CriterionResult), "evidenceUsed")] = "The evidence the conditions read, sorted by path.",
        [(typeof(CriterionResult), "missingEvidence")] = "The evidence paths that were missing, sorted.",
        [(typeof(CriterionResult), "rulesFired")] = "The engine rules that fired to produce this result, in firing order.",
        [(typeof(CriterionResult), "error")] = "An evaluation error that decided the outcome, when there was one.",
        [(typeof(CriterionResult), "elements")] = "For a per-element criterion, one result per element, ordered by subject.",
        [(typeof(EvidenceValue), "path")] = "The evidence path, e.g. workforce.bme.headcount.",
        [(typeof(EvidenceValue), "value")] = "The value as invariant text (numbers round-trip); null when the evidence was missing. Always present.",
        [(typeof(EvidenceValue), "sensitive")] = "True when the field is sensitive or protected: reports never show the value.",
        [(typeof(EvidenceValue), "unit")] = "The unit the evidence schema declares (e.g. people, count, percent); absent when none.",
        [(typeof(IndicatorResult), "indicatorId")] = "The indicator id, e.g. wres-2.",
        [(typeof(IndicatorResult), "standardId")] = "The standard that declares it.",
        [(typeof(IndicatorResult), "title")] = "The title.",
        [(typeof(IndicatorResult), "unit")] = "ratio | percent | percentage-points | count | score.",
        [(typeof(IndicatorResult), "value")] = "The computed value; absent when it could not be computed.",
        [(typeof(IndicatorResult), "bandFrom")] = "The lower end of the non-adverse band, when there is one.",
        [(typeof(IndicatorResult), "bandTo")] = "The upper end of the non-adverse band, when there is one.",
        [(typeof(IndicatorResult), "outcome")] = "The outcome against the band (met inside, not-met outside); absent without a band.",
        [(typeof(IndicatorResult), "draft")] = "True when the indicator or its band is not verified against the published source.",
        [(typeof(IndicatorResult), "missingEvidence")] = "The missing evidence paths when the value could not be computed.",
        [(typeof(IndicatorResult), "inputs")] = "The evidence the value was computed from, sorted by path.",
        [(typeof(ScopeResult), "kind")] = "statement | domain | framework | board-member | board | programme | portfolio | eds | standard.",
        [(typeof(ScopeResult), "scopeId")] = "The scope id (statement id, standard id…).",
        [(typeof(ScopeResult), "subject")] = "For per-element scopes, the element key (board member id, programme id).",
        [(typeof(ScopeResult), "title")] = "The title shown in reports.",
        [(typeof(ScopeResult), "scheme")] = "The scoring scheme id.",
        [(typeof(ScopeResult), "score")] = "The score (a level, a total or a percentage, as the scheme defines); absent when nothing could be scored.",
        [(typeof(ScopeResult), "maxScore")] = "The largest possible score, when the scheme has one.",
        [(typeof(ScopeResult), "rating")] = "The rating label; absent when not rated.",
        [(typeof(ScopeResult), "limitedBy")] = "The limiter that capped the rating, when one did.",
        [(typeof(ScopeResult), "outcomeCounts")] = "How many criteria had each outcome: met, partially-met, not-met, insufficient-evidence, not-applicable.",
        [(typeof(ScopeResult), "notes")] = "Extra facts about the scope, e.g. objective ids no programme covers.",
    };

    /// <summary>The description of member <paramref name="jsonName"/> of <paramref name="type"/>, or null.</summary>
    public static string? ForProperty(Type type, string jsonName) =>
        Descriptions.TryGetValue((type, jsonName), out var text) ? text : null;

    /// <summary>Every (type, JSON name) pair described; a test checks each member of the contract has one.</summary>
    public static IEnumerable<(Type Type, string Name)> Keys => Descriptions.Keys;
}
