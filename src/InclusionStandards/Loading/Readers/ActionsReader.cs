using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: actions</c> (format §7).</summary>
internal static class ActionsReader
{
    public static readonly string[] Keys = Header.With("actions");

    public static ActionsStandard Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Actions = [.. r.Items("actions", true)
            .Select(n => new MapReader(r.Ctx, n, "an action", "id", "title", "statement", "due", "status", "sources", "criteria"))
            .Where(x => x.IsValid)
            .Select(x => new CommitmentAction
            {
                Id = x.Id(), Title = x.RequiredString("title"), Statement = x.String("statement"), Due = x.Date("due"),
                Status = x.Enum<StandardStatus>("status"), Sources = x.Citations("An action"),
                Criteria = CriterionReader.ReadAll(x), Location = x.LocationOf("id"),
            })],
    };
}
