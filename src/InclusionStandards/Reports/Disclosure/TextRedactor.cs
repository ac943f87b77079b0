using InclusionStandards.Evaluation;
using System.Text.RegularExpressions;

namespace InclusionStandards.Reports.Disclosure;

/// <summary>
/// Redacts free text (reasons, errors, notes): every whole-word occurrence of a sensitive value anywhere in the
/// assessment becomes "withheld", and a small count written after its path (<c>path = 7</c>, <c>path: 7</c>,
/// <c>path 7</c>) becomes the suppressed marker. Patterns are built once per report (alternations of literals, with a match timeout).
/// </summary>
internal sealed class TextRedactor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private readonly Regex? _sensitive;
    private readonly List<(Regex Pattern, string Replacement)> _counts = [];

    public TextRedactor(IReadOnlyList<EvidenceValue> evidence, DisclosureControl control)
    {
        var secrets = evidence.Where(e => e.Sensitive && !string.IsNullOrWhiteSpace(e.Value))
            .Select(e => e.Value!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal)
            .Select(Regex.Escape).ToList();
        if (secrets.Count > 0)
        {
            _sensitive = new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', secrets)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
        }

        foreach (var e in evidence.Where(control.IsSuppressedCount).DistinctBy(e => (e.Path, e.Value)))
        {
            var pattern = new Regex(
                $@"(?<={Regex.Escape(e.Path)}\s*(?:==|=|:|is|was|of)?\s*){Regex.Escape(e.Value!)}(?![\d.])",
                RegexOptions.CultureInvariant, Timeout);
            _counts.Add((pattern, control.Suppressed));
        }
    }

    public string Redact(string text)
    {
        if (_sensitive is not null)
        {
            text = _sensitive.Replace(text, DisclosureControl.Withheld);
        }

        foreach (var (pattern, replacement) in _counts)
        {
            text = pattern.Replace(text, replacement);
        }

        return text;
    }
}
