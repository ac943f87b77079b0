using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: domain</c> (format §7).</summary>
internal static class DomainReader
{
    public static readonly string[] Keys = Header.With("keyQuestion", "scoring", "evidenceCategories", "statements");

    public static DomainStandard Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        KeyQuestion = r.RequiredString("keyQuestion"),
        Scoring = r.String("scoring"),
        ScoringLocation = r.Node("scoring")?.Start,
        EvidenceCategories = r.Strings("evidenceCategories"),
        Statements = [.. r.Items("statements", true)
            .Select(n => new MapReader(r.Ctx, n, "a quality statement", "id", "title", "statement", "status", "sources", "criteria"))
            .Where(x => x.IsValid)
            .Select(x => new QualityStatement
            {
                Id = x.Id(), Title = x.RequiredString("title"), Statement = x.RequiredString("statement"),
                Status = x.Enum<StandardStatus>("status"), Sources = x.Citations("A quality statement"),
                Criteria = CriterionReader.ReadAll(x), Location = x.LocationOf("id"),
            })],
    };
}
