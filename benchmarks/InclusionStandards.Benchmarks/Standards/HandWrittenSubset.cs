using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;
using InclusionStandards.Validation;

namespace InclusionStandards.Benchmarks.Standards;

/// <summary>
/// The hand-written baseline of <see cref="StandardsSubsetBenchmarks"/>: the six LCF per-board-member criteria
/// (met / partially met / not met per member, then the roll-up) and the WRES relative likelihoods (indicators 2,
/// 3 and 4), written directly in C# over the same <see cref="Record"/>s. It gives outcomes and values only — no
/// reasons, evidence used or missing paths, which the pipeline adds for provenance — and handles missing evidence
/// only coarsely (absent field: insufficient evidence), so it is a lower bound, not an equivalent product.
/// </summary>
internal static class HandWrittenSubset
{
    private static readonly string[] Domains = ["lcf-d1", "lcf-d2", "lcf-d3", "lcf-d4", "lcf-d5", "lcf-d6"];

    public static (List<(string Id, string? Subject, Outcome Outcome)> Criteria, List<(string Id, double? Value)> Indicators) Run(EvidenceDocument document, DateOnly assessmentDate)
    {
        var date = new DateTimeOffset(assessmentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var criteria = new List<(string, string?, Outcome)>();
        var members = document.Elements.TryGetValue("boardMembers", out var list) ? list : [];
        var perMember = new (string Id, Func<Record, DateTimeOffset, Outcome> Rule)[]
        {
            ("lcf-member-edi-objective", (m, _) => EdiObjective(m)),
            ("lcf-member-smart-objectives", (m, _) => Smart(m)),
            ("lcf-member-domains-appraised", DomainsAppraised),
            ("lcf-member-fppt-current", (m, d) => m.GetValue("fpptAttestedOn") is DateTimeOffset t ? Within12Months(t, d) : Outcome.InsufficientEvidence),
            ("lcf-member-development-plans", (m, _) => DevelopmentPlans(m)),
            ("lcf-member-multi-source-feedback", (m, _) => Appraisal(m)?.GetValue("multiSourceFeedback") is bool b ? (b ? Outcome.Met : Outcome.NotMet) : Outcome.InsufficientEvidence),
        };
        foreach (var (id, rule) in perMember)
        {
            var outcomes = new List<Outcome>(members.Length);
            foreach (var m in members)
            {
                var outcome = rule(m, date);
                outcomes.Add(outcome);
                criteria.Add((id, m.GetString(m.Type.Fields.First(f => f.Name == "id").Index), outcome));
            }

            criteria.Add((id, null, OutcomeRules.RollUp(outcomes, null)));
        }

        var root = document.Root;
        var indicators = new List<(string, double?)>
        {
            ("wres-2", RelativeLikelihood(Count(root, "recruitment", "white", "appointed"), Count(root, "recruitment", "white", "shortlisted"), Count(root, "recruitment", "bme", "appointed"), Count(root, "recruitment", "bme", "shortlisted"))),
            ("wres-3", RelativeLikelihood(Count(root, "disciplinary", "bme", "entered"), Count(root, "workforce", "all", "bme"), Count(root, "disciplinary", "white", "entered"), Count(root, "workforce", "all", "white"))),
            ("wres-4", RelativeLikelihood(Count(root, "training", "white", "accessed"), Count(root, "workforce", "all", "white"), Count(root, "training", "bme", "accessed"), Count(root, "workforce", "all", "bme"))),
        };
        return (criteria, indicators);
    }

    private static Outcome EdiObjective(Record m)
    {
        if (Objectives(m) is not { } objectives)
        {
            return Outcome.InsufficientEvidence;
        }

        var partly = false;
        foreach (Record o in objectives)
        {
            if (o.GetString(o.Type.Fields.First(f => f.Name == "theme").Index) == "edi")
            {
                if (Flag(o, "specific") && Flag(o, "measurable"))
                {
                    return Outcome.Met;
                }

                partly = true;
            }
        }

        return partly ? Outcome.PartiallyMet : Outcome.NotMet;
    }

    private static Outcome Smart(Record m)
    {
        if (Objectives(m) is not { } objectives)
        {
            return Outcome.InsufficientEvidence;
        }

        if (objectives.Count == 0)
        {
            return Outcome.NotMet;
        }

        var all = objectives.Cast<Record>().All(o => Flag(o, "specific") && Flag(o, "measurable") && Flag(o, "achievable") && Flag(o, "relevant") && Flag(o, "timeBound"));
        return all ? Outcome.Met : objectives.Cast<Record>().All(o => Flag(o, "specific") && Flag(o, "measurable")) ? Outcome.PartiallyMet : Outcome.NotMet;
    }

    private static Outcome DomainsAppraised(Record m, DateTimeOffset date)
    {
        if (Appraisal(m) is not { } a || a.GetValue("completedOn") is not DateTimeOffset completed || a.GetValue("domainRatings") is not IReadOnlyList<object> ratings)
        {
            return Outcome.InsufficientEvidence;
        }

        if (!StandardsFunctions.WithinMonths(completed, date, 12))
        {
            return Outcome.NotMet;
        }

        return Domains.All(d => ratings.Cast<Record>().Any(r => (string?)r.GetValue("domain") == d)) ? Outcome.Met : Outcome.PartiallyMet;
    }

    private static Outcome DevelopmentPlans(Record m)
    {
        if (Appraisal(m)?.GetValue("domainRatings") is not IReadOnlyList<object> ratings)
        {
            return Outcome.InsufficientEvidence;
        }

        return ratings.Cast<Record>().All(r => (string?)r.GetValue("rating") != "rarely-or-never" || Flag(r, "developmentPlan")) ? Outcome.Met : Outcome.NotMet;
    }

    private static Outcome Within12Months(DateTimeOffset t, DateTimeOffset date) =>
        StandardsFunctions.WithinMonths(t, date, 12) ? Outcome.Met : Outcome.NotMet;

    private static Record? Appraisal(Record m) => m.GetValue("appraisal") as Record;

    private static IReadOnlyList<object>? Objectives(Record m) => m.GetValue("objectives") as IReadOnlyList<object>;

    private static bool Flag(Record r, string name) => r.GetValue(name) is true;

    private static double? Count(Record root, string section, string group, string field) =>
        (root.GetValue(section) as Record)?.GetValue(group) is Record g && g.GetValue(field) is long n ? n : null;

    private static double? RelativeLikelihood(double? aNum, double? aDen, double? bNum, double? bDen) =>
        aNum is { } an && aDen is { } ad && bNum is { } bn && bDen is { } bd && ad != 0 && bd != 0 && bn != 0 ? an * bd / (ad * bn) : null;
}
