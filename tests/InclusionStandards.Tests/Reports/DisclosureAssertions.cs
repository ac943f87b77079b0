using InclusionStandards.Evaluation;
using System.Net;
using System.Text.RegularExpressions;
using InclusionStandards.Assessments;

namespace InclusionStandards.Tests.Reports;

/// <summary>Checks a rendered report (Markdown or HTML) for disclosure: no sensitive value, no count below the threshold next to its path.</summary>
internal static partial class DisclosureAssertions
{
    public static void NoSensitiveValue(Assessment assessment, string output)
    {
        var sensitive = AllEvidence(assessment).Where(e => e.Sensitive && e.Value is not null).Select(e => e.Value!).Distinct().ToList();
        Assert.NotEmpty(sensitive); // the sample must contain some, or this proves nothing
        var text = PlainText(output);
        foreach (var value in sensitive)
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Every small count's path (raw or in words) is followed (within the next cell or words) by the suppressed marker, never by its value.</summary>
    public static void NoSmallCount(Assessment assessment, string output, int threshold)
    {
        var small = AllEvidence(assessment).Where(e => !e.Sensitive && e.Unit is "people" or "respondents" && e.Value is not null
            && double.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture) < threshold).ToList();
        Assert.NotEmpty(small);
        var text = PlainText(output);
        foreach (var e in small)
        {
            var seen = 0;
            foreach (var name in new[] { e.Path, InclusionStandards.Reports.PlainWords.Path(e.Path) })
            {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                at += name.Length;
                var after = text.Substring(at, Math.Min(24, text.Length - at));
                Assert.False(Regex.IsMatch(after, $@"^[^0-9]*?(?<![\d.]){Regex.Escape(e.Value!)}(?![\d.])"), $"{e.Path} shown as {e.Value}: '{after}'");
                seen++;
            }
            }

            Assert.True(seen > 0, $"{e.Path} does not appear in the report at all");
        }
    }

    public static string PlainText(string output) =>
        WebUtility.HtmlDecode(Tags().Replace(output, " ")).Replace("\\", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);

    public static IEnumerable<EvidenceValue> AllEvidence(Assessment a) =>
        a.Criteria.SelectMany(c => c.Elements.Prepend(c)).SelectMany(c => c.EvidenceUsed).Concat(a.Indicators.SelectMany(i => i.Inputs));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
