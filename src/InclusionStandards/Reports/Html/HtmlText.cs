using System.Text;

namespace InclusionStandards.Reports.Html;

/// <summary>HTML encoding for text and attribute values: every string from input goes through <see cref="Encode"/>.</summary>
internal static class HtmlText
{
    /// <summary>Encodes <c>&amp; &lt; &gt; " '</c> and drops control characters other than tab and newline.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case '\r': break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>An element with encoded text content, e.g. <c>Tag("td", text)</c>.</summary>
    public static string Tag(string name, string? text, string? cssClass = null) =>
        $"<{name}{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{Encode(text)}</{name}>";

    /// <summary>An outcome as a badge: symbol and words (never colour alone).</summary>
    public static string Outcome(Model.Outcome outcome) =>
        $"<span class=\"badge {ReportFormat.Code(outcome)}\">{ReportFormat.Symbol(outcome)} {Encode(ReportFormat.Label(outcome))}</span>";
}
