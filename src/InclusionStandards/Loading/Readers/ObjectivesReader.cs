using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: objectives</c> (format §7).</summary>
internal static class ObjectivesReader
{
    public static readonly string[] Keys = Header.With("scoring", "coverage", "objectives", "ways", "criteria");

    public static ObjectivesStandard Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Scoring = r.String("scoring"),
        ScoringLocation = r.Node("scoring")?.Start,
        Coverage = ReadCoverage(r),
        Objectives = [.. r.Items("objectives")
            .Select(n => new MapReader(r.Ctx, n, "an objective", "id", "number", "title", "statement", "status", "sources"))
            .Where(x => x.IsValid)
            .Select(x => new Objective
            {
                Id = x.Id(), Number = x.Int("number"), Title = x.RequiredString("title"), Statement = x.String("statement"),
                Status = x.Enum<StandardStatus>("status"), Sources = x.Citations("An objective"), Location = x.LocationOf("id"),
            })],
        Ways = [.. r.Items("ways")
            .Select(n => new MapReader(r.Ctx, n, "a way", "id", "number", "title", "statement", "status", "sources", "criteria"))
            .Where(x => x.IsValid)
            .Select(x => new Way
            {
                Id = x.Id(), Number = x.Int("number"), Title = x.RequiredString("title"), Statement = x.String("statement"),
                Status = x.Enum<StandardStatus>("status"), Sources = x.Citations("A way"), Criteria = CriterionReader.ReadAll(x),
                Location = x.LocationOf("id"),
            })],
        Criteria = CriterionReader.ReadAll(r),
    };

    private static CoverageSpec? ReadCoverage(MapReader r)
    {
        if (r.Node("coverage") is not { } node)
        {
            return null;
        }

        var c = new MapReader(r.Ctx, node, "coverage", "each", "as", "field");
        return !c.IsValid ? null : new CoverageSpec
        {
            Each = c.RequiredString("each"), As = c.RequiredString("as"), Field = c.RequiredString("field"), Location = c.LocationOf("each"),
        };
    }
}
