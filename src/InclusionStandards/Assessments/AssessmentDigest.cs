using InclusionStandards.Scoring;
using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Evidence;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Assessments;

/// <summary>
/// The few numbers of an assessment that trends and peer groups compare (outcomes, headline ratings, indicators,
/// survey measures) and that an index lists (organisation, region, ICS), without the reasons and evidence: small
/// enough to keep one per organisation for a whole batch. Immutable.
/// </summary>
public sealed record AssessmentDigest
{
    /// <summary>The root evidence field whose percentages are the survey measures.</summary>
    public const string SurveyField = "staffSurvey";

    /// <summary>The organisation.</summary>
    public required OrganisationInfo Organisation { get; init; }

    /// <summary>The period assessed.</summary>
    public required AssessmentPeriod Period { get; init; }

    /// <summary>The NHS region, when the evidence gives one.</summary>
    public string? Region { get; init; }

    /// <summary>The integrated care system (ICS/ICB or, in older files, STP), when the evidence gives one.</summary>
    public string? Ics { get; init; }

    /// <summary>Each organisation-level criterion's outcome, in the assessment's order.</summary>
    public ImmutableArray<(string Id, Outcome Outcome)> Outcomes { get; init; } = [];

    /// <summary>Each headline scope (not a statement, not per element) with its rating and score.</summary>
    public ImmutableArray<(string Id, string? Rating, double? Score)> Ratings { get; init; } = [];

    /// <summary>Each indicator's value (null when it could not be computed), in the assessment's order.</summary>
    public ImmutableArray<(string Id, double? Value)> Indicators { get; init; } = [];

    /// <summary>Each survey measure (a percentage under <see cref="SurveyField"/>) with a value, by path.</summary>
    public ImmutableArray<(string Id, double Value)> Measures { get; init; } = [];

    /// <summary>How many organisation-level criteria had each outcome, in <see cref="Outcome"/> order.</summary>
    public ImmutableArray<int> OutcomeCounts { get; init; } = [];

    /// <summary>The digest of <paramref name="assessment"/>; survey measures from <paramref name="evidence"/> when given, else from the evidence the criteria used.</summary>
    public static AssessmentDigest From(Assessment assessment, EvidenceDocument? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var counts = new int[5];
        foreach (var c in assessment.Criteria)
        {
            counts[(int)c.Outcome]++;
        }

        var org = evidence?.Root.GetValue("organisation") as Record;
        return new AssessmentDigest
        {
            Organisation = assessment.Organisation,
            Period = assessment.Period,
            Region = Clean(assessment.Organisation.Region) ?? Text(org, "region"),
            Ics = Clean(assessment.Organisation.Ics) ?? Text(org, "ics") ?? Text(org, "icb") ?? Text(org, "system"),
            Outcomes = [.. assessment.Criteria.Where(c => c.Subject is null).Select(c => (c.CriterionId, c.Outcome))],
            Ratings = [.. assessment.Scopes.Where(IsHeadline).Select(s => (s.ScopeId, s.Rating, s.Score))],
            Indicators = [.. assessment.Indicators.Select(i => (i.IndicatorId, i.Value))],
            Measures = evidence is not null ? MeasuresOf(evidence.Root) : MeasuresOf(assessment),
            OutcomeCounts = [.. counts],
        };
    }

    /// <summary>True for a scope shown as a headline: a domain, framework, board, portfolio… (not a statement or one element).</summary>
    public static bool IsHeadline(ScopeResult scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Subject is null && scope.Kind is not ("statement" or "board-member");
    }

    private static string? Clean(string? value) => value is { Length: > 0 } && value != "-" ? value : null;

    private static string? Text(Record? record, string field) =>
        record?.Type.TryGetField(field, out _) == true && record.GetValue(field) is string { Length: > 0 } s && s != "-" ? s : null;

    private static ImmutableArray<(string, double)> MeasuresOf(Record root)
    {
        var result = new List<(string, double)>();
        if (root.GetValue(SurveyField) is Record survey)
        {
            Walk(survey, SurveyField, result);
        }

        return [.. result.OrderBy(m => m.Item1, StringComparer.Ordinal)];

        static void Walk(Record record, string prefix, List<(string, double)> into)
        {
            foreach (var field in record.Type.Fields)
            {
                switch (record.GetValue(field.Index))
                {
                    case Record inner:
                        Walk(inner, string.Intern(prefix + "." + field.Name), into);
                        break;
                    case double d when double.IsFinite(d):
                        // One string per schema field, shared by every organisation's digest: a batch keeps a digest
                        // per organisation, and a path built anew each time cost more than the rest of the digest.
                        into.Add((string.Intern(prefix + "." + field.Name), d));
                        break;
                }
            }
        }
    }

    private static ImmutableArray<(string, double)> MeasuresOf(Assessment assessment)
    {
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in assessment.Criteria.SelectMany(c => c.EvidenceUsed).Concat(assessment.Indicators.SelectMany(i => i.Inputs)))
        {
            if (!e.Sensitive && e.Path.StartsWith(SurveyField + ".", StringComparison.Ordinal) && e.Unit == "percent"
                && double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            {
                values[e.Path] = d;
            }
        }

        return [.. values.Select(v => (v.Key, v.Value))];
    }
}
