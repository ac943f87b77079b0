namespace InclusionStandards.Reports.Html.Charts;

/// <summary>Hands out element ids for the charts of one page, in rendering order (deterministic, unique within the page).</summary>
internal sealed class ChartIds
{
    private int _next;

    public string Next(string prefix) => $"{prefix}-{++_next}";
}
