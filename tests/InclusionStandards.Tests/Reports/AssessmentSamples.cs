using InclusionStandards.Evaluation;
using InclusionStandards.Model;
using InclusionStandards.Scoring;
using System.Collections.Immutable;
using InclusionStandards.Assessments;
using OrganisationInfo = InclusionStandards.Model.OrganisationInfo;
using AssessmentPeriod = InclusionStandards.Model.AssessmentPeriod;

namespace InclusionStandards.Tests.Reports;

/// <summary>Hand-built, realistic assessments: an acute trust scored against the inclusive domain, WRES/WDES, EDS and the board framework.</summary>
internal static class AssessmentSamples
{
    public const string SensitiveName = "Dr Jane Example";
    public const string SensitiveEthnicity = "Black African";

    public static Assessment AcuteTrust(
        string odsCode = "RXX", string name = "Example Hospitals NHS Foundation Trust", string rating = "Good", double score = 68.75) => new()
    {
        Organisation = new OrganisationInfo(odsCode, name, "acute-trust"),
        Period = new AssessmentPeriod(new DateOnly(2023, 4, 1), new DateOnly(2024, 3, 31)),
        AssessmentDate = new DateOnly(2024, 6, 30),
        CatalogHash = "sha256:9f2c0d4e5b6a7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",
        Standards =
        [
            new StandardReference("eds-2022", "domain", "0.1.0", "proposed", "sha256:" + new string('a', 64)),
            new StandardReference("inclusive-domain", "domain", "0.1.0", "proposed", "sha256:" + new string('b', 64)),
            new StandardReference("lcf-board", "framework", "0.2.0", "draft", "sha256:" + new string('c', 64)),
            new StandardReference("wres", "indicators", "1.0.0", "published", "sha256:" + new string('d', 64)),
        ],
        Criteria = Criteria(),
        Indicators = Indicators(),
        Scopes = Scopes(rating, score),
        MissingEvidence = ["boardMembers[bm-03].objectives", "staffSurvey.discriminationInternal.rate"],
        RuleFirings = 57,
    };

    /// <summary>Four trusts with different ratings, for the comparison views.</summary>
    public static ImmutableArray<Assessment> Several() =>
    [
        AcuteTrust(),
        AcuteTrust("RYY", "Northshire Community Healthcare NHS Trust", "Requires improvement", 50),
        AcuteTrust("RZZ", "St Elsewhere's <Hospital> & \"Clinics\"", "Outstanding", 93.75),
        AcuteTrust("RAA", "Southvale University Hospitals NHS Trust", "Good", 75),
    ];

    private static ImmutableArray<CriterionResult> Criteria() =>
    [
        new()
        {
            CriterionId = "inc-s1-staff-networks", StandardId = "inclusive-domain", ScopeId = "inc-s1",
            Title = "Staff networks are resourced and heard at board", Outcome = Outcome.Met, Score = 1,
            Reasons = ["met: networks.exists(n, n.executiveSponsor && n.protectedTimeHours >= 4) was true"],
            EvidenceUsed = [new("networks[0].executiveSponsor", "true"), new("networks[0].protectedTimeHours", "6", Unit: "hours")],
            RulesFired = ["criterion:inc-s1-staff-networks"],
        },
        new()
        {
            CriterionId = "inc-s2-disabled-staff", StandardId = "inclusive-domain", ScopeId = "inc-s2",
            Title = "Disabled staff are represented in senior roles", Outcome = Outcome.PartiallyMet, Score = 0.5,
            Reasons = ["partially met: workforce.disabled.band8aPlus = 7 of workforce.band8aPlus = 412"],
            EvidenceUsed = [new("workforce.band8aPlus", "412", Unit: "people"), new("workforce.disabled.band8aPlus", "7", Unit: "people")],
            RulesFired = ["criterion:inc-s2-disabled-staff"],
        },
        new()
        {
            CriterionId = "inc-s3-grievance-review", StandardId = "inclusive-domain", ScopeId = "inc-s3",
            Title = "Grievances are reviewed for bias by an accountable lead", Outcome = Outcome.NotMet, Score = 0,
            Reasons = ["not met: the review lead " + SensitiveName + " has no documented review"],
            EvidenceUsed = [new("governance.grievanceLead.name", SensitiveName, Sensitive: true), new("governance.grievanceReviews", "0", Unit: "count")],
            RulesFired = ["criterion:inc-s3-grievance-review"],
        },
        new()
        {
            CriterionId = "inc-s4-survey-discrimination", StandardId = "inclusive-domain", ScopeId = "inc-s4",
            Title = "Staff experiencing discrimination is falling", Outcome = Outcome.InsufficientEvidence,
            Reasons = ["unknown: staffSurvey.discriminationInternal.rate is missing"],
            MissingEvidence = ["staffSurvey.discriminationInternal.rate"],
            RulesFired = ["criterion:inc-s4-survey-discrimination"],
        },
        new()
        {
            CriterionId = "eds-1a", StandardId = "eds-2022", ScopeId = "eds-d1",
            Title = "Patients (service users) have required levels of access to the service", Outcome = Outcome.PartiallyMet, Score = 1,
            Reasons = ["rated developing by the system partners"],
        },
        new()
        {
            CriterionId = "lcf-member-edi-objective", StandardId = "lcf-board", ScopeId = "lcf-d3",
            Title = "Every board member has a measurable EDI objective", Outcome = Outcome.NotMet,
            Reasons = ["roll-up: bm-02 not met"],
            MissingEvidence = ["boardMembers[bm-03].objectives"],
            Elements =
            [
                Member("bm-01", Outcome.Met, "the chief executive has a specific, measurable EDI objective"),
                Member("bm-02", Outcome.NotMet, "no objective with theme edi") with
                {
                    EvidenceUsed = [new("boardMembers[bm-02].ethnicity", SensitiveEthnicity, Sensitive: true), new("boardMembers[bm-02].objectives", "[]")],
                },
                Member("bm-03", Outcome.InsufficientEvidence, "boardMembers[bm-03].objectives is missing") with
                {
                    MissingEvidence = ["boardMembers[bm-03].objectives"],
                },
                Member("bm-04", Outcome.NotApplicable, "not a voting member"),
            ],
        },
    ];

    private static CriterionResult Member(string subject, Outcome outcome, string reason) => new()
    {
        CriterionId = "lcf-member-edi-objective", StandardId = "lcf-board", ScopeId = "lcf-d3", Subject = subject,
        Title = "Every board member has a measurable EDI objective", Outcome = outcome, Reasons = [reason],
        RulesFired = ["criterion:lcf-member-edi-objective[" + subject + "]"],
    };

    private static ImmutableArray<IndicatorResult> Indicators() =>
    [
        new()
        {
            IndicatorId = "wres-2", StandardId = "wres", Unit = "ratio", Value = 1.4243, BandFrom = 0.8, BandTo = 1.25, Outcome = Outcome.NotMet,
            Title = "Relative likelihood of white applicants being appointed from shortlisting compared with BME applicants",
            Inputs =
            [
                new("recruitment.bme.appointed", "26", Unit: "people"), new("recruitment.bme.shortlisted", "160", Unit: "people"),
                new("recruitment.white.appointed", "98", Unit: "people"), new("recruitment.white.shortlisted", "425", Unit: "people"),
            ],
        },
        new()
        {
            IndicatorId = "wres-3", StandardId = "wres", Unit = "ratio", Value = 0.92, BandFrom = 0.8, BandTo = 1.25, Outcome = Outcome.Met,
            Title = "Relative likelihood of BME staff entering the formal disciplinary process compared with white staff",
            Inputs = [new("disciplinary.bme.entered", "6", Unit: "people"), new("disciplinary.bme.headcount", "1830", Unit: "people")],
        },
        new()
        {
            IndicatorId = "wres-9", StandardId = "wres", Unit = "percentage-points", Value = -12.5,
            Title = "Percentage difference between the board's voting membership and its overall workforce",
        },
        new()
        {
            IndicatorId = "wdes-2", StandardId = "wres", Unit = "ratio", BandFrom = 0.8, BandTo = 1.25, Outcome = Outcome.InsufficientEvidence, Draft = true,
            Title = "Relative likelihood of non-disabled applicants being appointed from shortlisting compared with Disabled applicants",
            MissingEvidence = ["recruitment.disabled.shortlisted"],
        },
        new()
        {
            IndicatorId = "wdes-4-count", StandardId = "wres", Unit = "count", Value = 3,
            Title = "Disabled staff entering the capability process on the grounds of performance",
        },
    ];

    private static ImmutableArray<ScopeResult> Scopes(string rating, double score) =>
    [
        Statement("inc-s1", "We build a culture where everyone belongs", 4, [1, 0, 0, 0, 0]),
        Statement("inc-s2", "We make our senior workforce representative", 2, [0, 1, 0, 0, 0]),
        Statement("inc-s3", "We treat staff fairly when things go wrong", 1, [0, 0, 1, 0, 0]),
        Statement("inc-s4", "We listen to staff experience and act on it", null, [0, 0, 0, 1, 0]),
        new() { Kind = "domain", ScopeId = "inclusive-domain", Title = "The inclusive key question", Scheme = "cqc-style", Score = score, MaxScore = 100, Rating = rating, LimitedBy = "any statement at level 1", OutcomeCounts = [1, 1, 1, 1, 0] },
        new() { Kind = "eds", ScopeId = "eds-2022", Title = "Equality Delivery System 2022", Scheme = "eds-2022", Score = 14, MaxScore = 33, Rating = "Developing", OutcomeCounts = [3, 5, 2, 1, 0] },
        new() { Kind = "board-member", ScopeId = "lcf-board", Subject = "bm-01", Title = "Board member bm-01", Scheme = "competency-scale", Score = 100, MaxScore = 100, Rating = "Meets", OutcomeCounts = [4, 0, 0, 0, 0] },
        new() { Kind = "board-member", ScopeId = "lcf-board", Subject = "bm-02", Title = "Board member bm-02", Scheme = "competency-scale", Score = 25, MaxScore = 100, Rating = "Does not meet", OutcomeCounts = [1, 0, 3, 0, 0] },
        new() { Kind = "board", ScopeId = "lcf-board", Title = "Board competency framework", Scheme = "competency-scale", Score = 62.5, MaxScore = 100, Rating = "Partly meets", OutcomeCounts = [5, 0, 3, 1, 1], Notes = ["1 board member could not be assessed"] },
    ];

    private static ScopeResult Statement(string id, string title, double? level, ImmutableArray<int> counts) => new()
    {
        Kind = "statement", ScopeId = id, Title = title, Scheme = "cqc-style", Score = level, MaxScore = 4,
        Rating = level switch { 4 => "Exceptional", 3 => "Good standard", 2 => "Some shortfalls", 1 => "Significant shortfalls", _ => null },
        OutcomeCounts = counts,
    };
}
