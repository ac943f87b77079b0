using InclusionStandards.Model;
using InclusionStandards.Scoring;
using System.Globalization;
using InclusionStandards.Assessments;
using AssessmentPeriod = InclusionStandards.Model.AssessmentPeriod;

namespace InclusionStandards.Reports;

/// <summary>Culture-independent wording and number formats shared by the Markdown and HTML reports.</summary>
internal static class ReportFormat
{
    /// <summary>Every outcome, in declaration order (the order of <see cref="ScopeResult.OutcomeCounts"/>).</summary>
    public static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    /// <summary>A number with at most two decimals, invariant (e.g. <c>1.42</c>, <c>-12.5</c>, <c>4</c>).</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value compared with band edges: two decimals, or as many as it takes (up to six) not to look equal to an edge
    /// it is not equal to — 1.254 against a band ending at 1.25 shows as 1.254, not as a "1.25" that is not met.
    /// </summary>
    public static string Number(double value, params double?[] edges)
    {
        var text = Number(value);
        foreach (var edge in edges)
        {
            if (edge is { } e && e != value && Number(e) == text)
            {
                return value.ToString("0.######", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

    /// <summary>An integer, invariant.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The period as <c>start to end</c>.</summary>
    public static string Period(AssessmentPeriod period) => $"{Date(period.Start)} to {Date(period.End)}";

    /// <summary>The readable label of an outcome, e.g. <c>Partially met</c>.</summary>
    public static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Met => "Met",
        Outcome.PartiallyMet => "Partially met",
        Outcome.NotMet => "Not met",
        Outcome.InsufficientEvidence => "Insufficient evidence",
        Outcome.NotApplicable => "Not applicable",
        _ => outcome.ToString(),
    };

    /// <summary>A symbol that, with the label, makes an outcome readable without colour.</summary>
    public static string Symbol(Outcome outcome) => outcome switch
    {
        Outcome.Met => "✓",
        Outcome.PartiallyMet => "◐",
        Outcome.NotMet => "✗",
        Outcome.InsufficientEvidence => "?",
        _ => "–",
    };

    /// <summary>The kebab-case name used in the JSON and as a CSS class, e.g. <c>partially-met</c>.</summary>
    public static string Code(Outcome outcome) => KebabCase.Of(outcome);

    /// <summary>A score out of its maximum (<c>3 / 4</c>), the score alone, or <c>not scored</c>.</summary>
    public static string Score(double? score, double? max) => score switch
    {
        null => "not scored",
        { } s when max is { } m => $"{Number(s)} / {Number(m)}",
        { } s => Number(s),
    };

    /// <summary>The rating label or <c>not rated</c>.</summary>
    public static string Rating(string? rating) => rating ?? "not rated";

    /// <summary>The scope's name for tables: its title, with the subject when it is per element.</summary>
    public static string ScopeName(ScopeResult scope) =>
        scope.Subject is null ? scope.Title : $"{scope.Title} ({scope.Subject})";

    /// <summary>The report title.</summary>
    public static string Title(ReportOptions options, Assessment assessment) =>
        options.Title ?? "Inclusion assessment: " + assessment.Organisation.Name;

    /// <summary>The comparison title.</summary>
    public static string ComparisonTitle(ReportOptions options, int count) =>
        options.Title ?? $"Comparison of {Number(count)} organisations";

    /// <summary>Outcome counts over the roll-up criteria of an assessment, in <see cref="Outcomes"/> order.</summary>
    public static int[] OutcomeCounts(Assessment assessment)
    {
        var counts = new int[Outcomes.Length];
        foreach (var criterion in assessment.Criteria)
        {
            counts[(int)criterion.Outcome]++;
        }

        return counts;
    }
}
