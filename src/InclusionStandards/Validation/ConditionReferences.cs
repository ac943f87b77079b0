using System.Text.RegularExpressions;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>Checks that <c>outcome('id')</c> and <c>indicator('id')</c> name a criterion or indicator of the catalog.</summary>
internal static partial class ConditionReferences
{
    public static void Check(ValidationContext context, Condition condition, IReadOnlySet<string> criteria, IReadOnlySet<string> indicators)
    {
        foreach (Match m in Call().Matches(condition.Text))
        {
            var (fn, id) = (m.Groups[1].Value, m.Groups[2].Value);
            var known = fn == "outcome" ? criteria : indicators;
            if (!known.Contains(id))
            {
                var before = condition.Text[..m.Groups[2].Index];
                var line = 1 + before.Count(c => c == '\n');
                var column = m.Groups[2].Index - (before.LastIndexOf('\n') + 1) + 1;
                context.Error(DiagnosticCodes.UnknownReference,
                    $"{fn}('{id}') names no {(fn == "outcome" ? "criterion" : "indicator")} of the catalog.{Loading.Levenshtein.DidYouMean(id, known)}",
                    condition.LocationAt(line, column));
            }
        }
    }

    [GeneratedRegex(@"\b(outcome|indicator)\(\s*['""]([^'""]*)['""]\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Call();
}
