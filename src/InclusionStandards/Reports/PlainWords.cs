using InclusionStandards.Evaluation;
using InclusionStandards.Model;
using System.Globalization;
using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Reports;

/// <summary>
/// Plain English for board readers: evidence paths as words (<c>governance.ediTrainingRefreshedOn</c> → "governance:
/// EDI training refreshed on"), values as words (yes/no, dates), and why a criterion has its outcome, from the result
/// alone — never the rule's syntax. Values go through disclosure control. Thread-safe (pure functions).
/// </summary>
internal static class PlainWords
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["edi"] = "EDI", ["bme"] = "BME", ["wres"] = "WRES", ["wdes"] = "WDES", ["eds"] = "EDS", ["ceo"] = "CEO",
        ["fppt"] = "FPPT", ["ftsu"] = "FTSU", ["cpd"] = "CPD", ["nhs"] = "NHS", ["ods"] = "ODS", ["lgbt"] = "LGBT",
        ["it"] = "IT",
    };

    /// <summary>An evidence path in words, e.g. <c>staffSurveyByGroup.bme.harassmentFromStaff</c> → "staff survey by group, BME: harassment from staff".</summary>
    public static string Path(string path)
    {
        var parts = path.Split('.').Select(Segment).ToList();
        return parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))}: {parts[^1]}";
    }

    private static string Segment(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var (name, key) = bracket < 0 ? (segment, "") : (segment[..bracket], " " + segment[bracket..].Trim('[', ']'));
        var words = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if ((char.IsUpper(ch) && sb.Length > 0) || (char.IsDigit(ch) && sb.Length > 0 && !char.IsDigit(sb[^1])))
            {
                words.Add(sb.ToString());
                sb.Clear();
            }

            sb.Append(ch);
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return string.Join(' ', words.Select(w => Acronyms.TryGetValue(w, out var a) ? a : w.ToLowerInvariant())) + key;
    }

    /// <summary>An evidence value as words: yes/no for booleans, the date of a timestamp, disclosure applied.</summary>
    public static string Value(EvidenceValue e, DisclosureControl disclosure)
    {
        var shown = disclosure.Show(e);
        if (shown != e.Value || e.Value is null)
        {
            return shown == disclosure.Suppressed ? $"fewer than {disclosure.Suppressed.TrimStart('<')} (suppressed)" : shown;
        }

        return e.Value switch
        {
            "true" => "yes",
            "false" => "no",
            { Length: >= 10 } v when v[4] == '-' && v[7] == '-' && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => v[..10],
            var v when v.StartsWith('[') => v.Trim('[', ']').Replace("\"", "", StringComparison.Ordinal) is { Length: > 0 } list ? list : "none",
            var v => v,
        };
    }

    /// <summary>Why the criterion has its outcome, in plain English.</summary>
    public static string Reason(CriterionResult c, Assessment assessment, DisclosureControl disclosure)
    {
        if (c.Error is not null && c.Outcome == Outcome.InsufficientEvidence)
        {
            return "The evidence given could not be evaluated (for example a division by zero), so this is undecided.";
        }

        switch (c.Outcome)
        {
            case Outcome.NotApplicable:
                return "This does not apply to the organisation.";
            case Outcome.InsufficientEvidence when !c.MissingEvidence.IsEmpty:
                return $"Not enough evidence to decide. Missing: {Join(c.MissingEvidence.Select(Path), 4)}.";
        }

        if (!c.Elements.IsEmpty)
        {
            return Elements(c);
        }

        if (assessment.Indicators.FirstOrDefault(i => i.IndicatorId == c.CriterionId) is { } indicator)
        {
            return Indicator(indicator, disclosure);
        }

        var parts = new List<string>();
        if (c.Score is { } score && c.EvidenceUsed.Length == 1)
        {
            parts.Add($"The organisation's own score is {ReportFormat.Number(score)}.");
        }
        else if (!c.EvidenceUsed.IsEmpty)
        {
            parts.Add("The evidence shows " + Join(c.EvidenceUsed.Select(e => $"{Path(e.Path)} {Value(e, disclosure)}"), 4) + ".");
        }

        var deps = c.DependsOn.Select(id => Dependency(id, assessment, disclosure)).OfType<string>().ToList();
        if (deps.Count > 0)
        {
            parts.Add("It follows from " + Join(deps, 4) + ".");
        }

        if (c.Outcome == Outcome.InsufficientEvidence)
        {
            parts.Add("What it depends on is undecided, so this is undecided too.");
        }

        return parts.Count > 0 ? string.Join(' ', parts) : $"{ReportFormat.Label(c.Outcome)}.";
    }

    private static string Elements(CriterionResult c)
    {
        var noun = ElementNoun(c);
        var n = c.Elements.Length;
        var met = c.Elements.Count(e => e.Outcome == Outcome.Met);
        var partly = c.Elements.Count(e => e.Outcome == Outcome.PartiallyMet);
        var undecided = c.Elements.Count(e => e.Outcome == Outcome.InsufficientEvidence);
        var applicable = n - c.Elements.Count(e => e.Outcome == Outcome.NotApplicable);
        var sb = new StringBuilder($"{Count(met)} of {Count(applicable)} {noun} meet this");
        if (partly > 0)
        {
            sb.Append($" and {Count(partly)} partly");
        }

        if (undecided > 0)
        {
            sb.Append($"; {Count(undecided)} cannot be decided for lack of evidence");
        }

        return sb.Append(met == applicable ? "." : $"; all {Count(applicable)} are needed.").ToString();
    }

    private static string ElementNoun(CriterionResult c)
    {
        var path = c.Elements.SelectMany(e => e.EvidenceUsed).Select(e => e.Path).FirstOrDefault(p => p.Contains('[', StringComparison.Ordinal));
        return path is null ? "items" : Segment(path[..path.IndexOf('[', StringComparison.Ordinal)]);
    }

    private static string Indicator(IndicatorResult i, DisclosureControl disclosure)
    {
        var value = disclosure.Show(i);
        var range = i.BandFrom is { } f && i.BandTo is { } t ? $"the non-adverse range {ReportFormat.Number(f)} to {ReportFormat.Number(t)}" : "its target";
        if (disclosure.IsSuppressed(i))
        {
            return $"The value is not shown because it would reveal a small number of people; it is {(i.Outcome == Outcome.Met ? "within" : "outside")} {range}.";
        }

        return i.Outcome switch
        {
            Outcome.Met => $"The value is {value}, within {range}.",
            Outcome.NotMet => $"The value is {value}, outside {range}.",
            _ => $"The value is {value}.",
        };
    }

    private static string? Dependency(string id, Assessment assessment, DisclosureControl disclosure)
    {
        if (assessment.Criteria.FirstOrDefault(x => x.CriterionId == id && x.Subject is null) is { } dep)
        {
            return $"\u201c{dep.Title}\u201d ({ReportFormat.Label(dep.Outcome).ToLowerInvariant()})";
        }

        return assessment.Indicators.FirstOrDefault(x => x.IndicatorId == id) is { } ind
            ? $"\u201c{ind.Title}\u201d ({disclosure.Show(ind)})"
            : null;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> items, int max)
    {
        var list = items.ToList();
        var shown = list.Take(max).ToList();
        var text = shown.Count switch
        {
            0 => "",
            1 => shown[0],
            _ => string.Join("; ", shown),
        };
        return list.Count > max ? $"{text}; and {Count(list.Count - max)} more" : text;
    }
}
