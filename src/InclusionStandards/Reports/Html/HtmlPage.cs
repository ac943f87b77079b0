using System.Text;

namespace InclusionStandards.Reports.Html;

/// <summary>
/// The self-contained page around a report: inline CSS, an optional inline sort script, and a Content-Security-Policy
/// that forbids loading anything from elsewhere. Newlines are <c>\n</c>.
/// </summary>
internal static class HtmlPage
{
    /// <summary>Opens the collapsed criteria groups for printing (a board pack prints in full) and closes them again afterwards.</summary>
    private const string PrintScript =
        "(function(){var opened=[];addEventListener('beforeprint',function(){document.querySelectorAll('details.group:not([open])').forEach(function(d){d.open=true;opened.push(d);});});"
        + "addEventListener('afterprint',function(){opened.forEach(function(d){d.open=false;});opened=[];});})();";

    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    /// <param name="title">The page title (encoded here).</param>
    /// <param name="subtitle">Already-encoded HTML under the title.</param>
    /// <param name="main">Already-encoded HTML of the main content.</param>
    /// <param name="footer">Already-encoded HTML of the footer.</param>
    /// <param name="sortable">Whether to include the table-sorting script.</param>
    /// <param name="nav">Already-encoded HTML of the contents navigation, placed between the header and the main content.</param>
    public static string Render(string title, string subtitle, string main, string footer, bool sortable, string nav = "")
    {
        var sb = new StringBuilder(main.Length + HtmlStyles.Css.Length + 2048);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n");
        sb.Append("<style>\n").Append(HtmlStyles.Css.ReplaceLineEndings("\n")).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<header>\n<h1>").Append(HtmlText.Encode(title)).Append("</h1>\n").Append(subtitle).Append("</header>\n");
        sb.Append(nav);
        sb.Append("<main>\n").Append(main).Append("</main>\n");
        sb.Append("<footer>\n").Append(footer).Append("</footer>\n");
        if (sortable)
        {
            sb.Append("<script>\n").Append(HtmlSortScript.Js.ReplaceLineEndings("\n")).Append("\n</script>\n");
        }

        if (main.Contains("<details class=\"group\"", StringComparison.Ordinal))
        {
            sb.Append("<script>\n").Append(PrintScript).Append("\n</script>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
