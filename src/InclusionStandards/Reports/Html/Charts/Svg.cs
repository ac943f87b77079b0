using System.Globalization;
using System.Text;

namespace InclusionStandards.Reports.Html.Charts;

/// <summary>
/// Builds one accessible SVG chart: <c>role="img"</c>, a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> referenced by
/// <c>aria-labelledby</c>, coordinates in invariant numbers. Text is encoded.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder _sb = new();

    public Svg(string id, double width, double height, string title, string description)
    {
        _sb.Append($"<svg id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" ")
           .Append($"width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\">\n")
           .Append($"<title id=\"{id}-title\">{HtmlText.Encode(title)}</title>\n")
           .Append($"<desc id=\"{id}-desc\">{HtmlText.Encode(description)}</desc>\n");
    }

    /// <summary>A coordinate or size, invariant with at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public Svg Rect(double x, double y, double width, double height, string cssClass)
    {
        _sb.Append($"<rect class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(height)}\"/>\n");
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, string cssClass = "axis")
    {
        _sb.Append($"<line class=\"{cssClass}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>\n");
        return this;
    }

    public Svg Circle(double cx, double cy, double r, string cssClass)
    {
        _sb.Append($"<circle class=\"{cssClass}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\"/>\n");
        return this;
    }

    /// <summary>Text; <paramref name="anchor"/> is start, middle or end.</summary>
    public Svg Text(double x, double y, string text, string anchor = "start", string? cssClass = null)
    {
        var cls = cssClass is null ? "" : $" class=\"{cssClass}\"";
        _sb.Append($"<text{cls} x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\">{HtmlText.Encode(text)}</text>\n");
        return this;
    }

    /// <summary>Text shortened to <paramref name="max"/> characters (with an ellipsis); the full text is in a tooltip.</summary>
    public Svg Label(double x, double y, string text, int max, string anchor = "start")
    {
        if (text.Length <= max)
        {
            return Text(x, y, text, anchor);
        }

        _sb.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\"><title>{HtmlText.Encode(text)}</title>{HtmlText.Encode(Shorten(text, max - 1))}…</text>\n");
        return this;
    }

    private static string Shorten(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];

    public override string ToString() => _sb + "</svg>\n";
}
