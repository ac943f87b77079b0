using System.Globalization;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <summary>Checks one scalar against its field's type and constraints (allowed values, vocabulary, min/max).</summary>
internal readonly struct ScalarChecker(EvidenceNodeConverter owner, EvidenceFieldDefinition? def, FieldPath path)
{
    private bool Sensitive => def is { Sensitive: true } or { Protected: true };

    /// <summary>The typed value, or <see langword="null"/> after reporting a problem.</summary>
    public object? Check(DataScalar node, FieldType type)
    {
        var text = node.Value ?? string.Empty;
        var plain = !node.Quoted;
        switch (type.Kind)
        {
            case FieldKind.Bool:
                if (plain && text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                {
                    return text[0] is 't' or 'T';
                }

                return Wrong(node, type);
            case FieldKind.Int:
                if (plain && ScalarParsers.TryInt(text, out var l))
                {
                    return InRange(node, l) ? l : null;
                }

                return Wrong(node, type);
            case FieldKind.Double:
                if (plain && ScalarParsers.TryDouble(text, out var d))
                {
                    return InRange(node, d) ? d : null;
                }

                return Wrong(node, type);
            case FieldKind.Timestamp:
                if (ScalarParsers.TryTimestamp(text, out var t))
                {
                    if (!SupportedDates.InSupportedRange(DateOnly.FromDateTime(t.UtcDateTime)))
                    {
                        owner.Error(DiagnosticCodes.EvidenceBadDate, node, $"'{path}' must be a date between {SupportedDates.MinYear}-01-01 and {SupportedDates.MaxYear}-12-31{Seen(text)}.");
                        return null;
                    }

                    return t;
                }

                owner.Error(DiagnosticCodes.EvidenceBadDate, node, $"'{path}' must be a date such as 2024-03-31 or an RFC 3339 timestamp{Seen(text)}.");
                return null;
            case FieldKind.Duration:
                if (ScalarParsers.TryDuration(text, out var span))
                {
                    return span;
                }

                owner.Error(DiagnosticCodes.EvidenceBadDate, node, $"'{path}' must be a duration such as 90d, 12h, 30m or 45s{Seen(text)}.");
                return null;
            default:
                return Allowed(node, text) ? text : null;
        }
    }

    private object? Wrong(DataScalar node, FieldType type)
    {
        owner.Error(DiagnosticCodes.EvidenceWrongType, node, $"'{path}' must be {EvidenceNodeConverter.Article(type)}{Seen(node.Value ?? string.Empty)}.");
        return null;
    }

    private bool InRange(DataScalar node, double value)
    {
        if (def?.Min is { } min && value < min)
        {
            owner.Error(DiagnosticCodes.EvidenceOutOfRange, node, $"'{path}' must be at least {Format(min)}{Seen(node.Value ?? string.Empty)}.");
            return false;
        }

        if (def?.Max is { } max && value > max)
        {
            owner.Error(DiagnosticCodes.EvidenceOutOfRange, node, $"'{path}' must be at most {Format(max)}{Seen(node.Value ?? string.Empty)}.");
            return false;
        }

        return true;
    }

    private bool Allowed(DataScalar node, string text)
    {
        var allowed = owner.AllowedValues(def);
        if (allowed.IsDefaultOrEmpty || allowed.IndexOf(text, 0, StringComparer.Ordinal) >= 0)
        {
            return true;
        }

        var shown = allowed.Length <= 12 ? $" Allowed: {string.Join(", ", allowed)}." : string.Empty;
        owner.Error(DiagnosticCodes.EvidenceNotAllowed, node, $"'{path}' is not an allowed value{Seen(text)}.{Loading.Levenshtein.DidYouMean(text, allowed)}{shown}");
        return false;
    }

    private string Seen(string text) => Sensitive ? " (the value is sensitive and not shown)" : $" (found '{Truncate(text)}')";

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..57] + "...";

    private static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
