using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: indicators</c> (format §7).</summary>
internal static class IndicatorsReader
{
    public static readonly string[] Keys = Header.With("indicators");

    private static readonly string[] IndicatorKeys =
        ["id", "number", "title", "description", "unit", "value", "band", "target", "adverse", "status", "action", "owner", "sources"];

    public static IndicatorsStandard Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Indicators = [.. r.Items("indicators", true)
            .Select(n => new MapReader(r.Ctx, n, "an indicator", IndicatorKeys))
            .Where(x => x.IsValid)
            .Select(x => new Indicator
            {
                Id = x.Id(), Number = x.String("number"), Title = x.RequiredString("title"), Description = x.String("description"),
                Unit = x.Enum<IndicatorUnit>("unit", true) ?? IndicatorUnit.Ratio,
                Value = x.Condition("value", true) ?? new Condition { Text = string.Empty, Location = x.Location },
                Band = ReadBand(x), Target = x.Double("target"), Adverse = x.Enum<AdverseDirection>("adverse"),
                Status = x.Enum<StandardStatus>("status"),
                Action = x.String("action"), Owner = x.String("owner"), OwnerLocation = x.Node("owner") is not null ? x.LocationOf("owner") : null,
                Sources = x.Citations("An indicator"), Location = x.LocationOf("id"),
            })],
    };

    private static IndicatorBand? ReadBand(MapReader x)
    {
        if (x.Node("band") is not { } node)
        {
            return null;
        }

        var b = new MapReader(x.Ctx, node, "band", "from", "to");
        return !b.IsValid ? null : new IndicatorBand { From = b.Double("from", true) ?? 0, To = b.Double("to", true) ?? 0, Location = b.Location };
    }
}
