using InclusionStandards.Evaluation;
using System.Globalization;
using InclusionStandards.Assessments;

namespace InclusionStandards.Reports.Disclosure;

/// <summary>
/// Applies disclosure control to everything a report shows from one assessment: small counts are suppressed,
/// sensitive and protected values are withheld, and free text (reasons, errors, notes) is redacted of both.
/// </summary>
internal sealed class DisclosureControl
{
    /// <summary>Shown instead of a sensitive or protected value.</summary>
    public const string Withheld = "withheld";

    private readonly int _threshold;
    private readonly Func<EvidenceValue, bool> _isCount;
    private readonly TextRedactor _redactor;

    public DisclosureControl(Assessment assessment, ReportOptions options)
    {
        options.Validate();
        _threshold = options.SuppressionThreshold;
        _isCount = options.IsCount ?? CountDetection.IsCountByDefault;
        _redactor = new TextRedactor(AllEvidence(assessment).ToList(), this);
    }

    /// <summary>The text shown for a suppressed count, e.g. <c>&lt;10</c>.</summary>
    public string Suppressed => "<" + _threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sentence that explains suppression, for a report's notes.</summary>
    public string Explanation => _threshold == 0
        ? "Small-number suppression is off."
        : $"Counts of people below {_threshold.ToString(CultureInfo.InvariantCulture)} are suppressed and shown as {Suppressed}, and so is any figure (another count, a percentage, a gap or a ratio) from which one could be worked out; sensitive or protected values are shown as \"{Withheld}\".";

    /// <summary>True when the evidence is a count below the threshold.</summary>
    /// <remarks>Also true when the assessment marks the value <see cref="EvidenceValue.Suppress"/> (a complementary suppression).</remarks>
    public bool IsSuppressedCount(EvidenceValue evidence) =>
        !evidence.Sensitive && evidence.Value is { } text && ((evidence.Suppress && _threshold > 0) || (_isCount(evidence) && IsSmall(text)));

    /// <summary>The evidence value as a report may show it.</summary>
    public string Show(EvidenceValue evidence) => evidence switch
    {
        { Sensitive: true } => Withheld,
        { Value: null } => "missing",
        _ when IsSuppressedCount(evidence) => Suppressed,
        _ => evidence.Value,
    };

    /// <summary>
    /// True when the indicator's value must not be shown: the assessment marks it (it would reveal a suppressed count of
    /// people), it is itself a count (unit <c>count</c>) below the threshold, or one of its inputs is suppressed under this report's threshold.
    /// </summary>
    public bool IsSuppressed(IndicatorResult indicator) =>
        indicator.Value is { } v && _threshold > 0 && (indicator.Suppress || (indicator.Unit == "count" && v < _threshold) || indicator.Inputs.Any(IsSuppressedCount));

    /// <summary>The indicator's value as a report may show it.</summary>
    public string Show(IndicatorResult indicator) => indicator.Value switch
    {
        null => "not computed",
        _ when IsSuppressed(indicator) => indicator.Unit == "count" ? Suppressed : "suppressed",
        { } v => ReportFormat.Number(v, indicator.BandFrom, indicator.BandTo) + (indicator.Unit is "percent" ? "%" : indicator.Unit is "percentage-points" ? " pp" : indicator.Unit is "score" ? " points" : ""),
    };

    /// <summary>Free text with sensitive values withheld and small counts (written after their path) suppressed.</summary>
    public string Redact(string text) => _redactor.Redact(text);

    private bool IsSmall(string text) =>
        _threshold > 0
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
        && n < _threshold;

    private static IEnumerable<EvidenceValue> AllEvidence(Assessment assessment)
    {
        var stack = new Stack<CriterionResult>(assessment.Criteria);
        while (stack.TryPop(out var criterion))
        {
            foreach (var e in criterion.EvidenceUsed)
            {
                yield return e;
            }

            foreach (var element in criterion.Elements)
            {
                stack.Push(element);
            }
        }

        foreach (var e in assessment.Indicators.SelectMany(i => i.Inputs))
        {
            yield return e;
        }
    }
}
