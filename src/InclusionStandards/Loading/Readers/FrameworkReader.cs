using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: framework</c> (format §7).</summary>
internal static class FrameworkReader
{
    public static readonly string[] Keys = Header.With("scoring", "ratingScale", "roles", "domains", "criteria");

    public static Framework Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Scoring = r.String("scoring"),
        ScoringLocation = r.Node("scoring")?.Start,
        RatingScale = ReadScale(r),
        Roles = [.. r.Items("roles")
            .Select(n => new MapReader(r.Ctx, n, "a role", "role", "domains"))
            .Where(x => x.IsValid)
            .Select(x => new RoleApplicability
            {
                Role = x.RequiredString("role"), Domains = x.Strings("domains"), Location = x.LocationOf("role"),
                DomainLocations = [.. x.Items("domains").OfType<Yaml.YScalar>().Select(d => d.Start)],
            })],
        Domains = [.. r.Items("domains")
            .Select(n => new MapReader(r.Ctx, n, "a domain", "id", "number", "title", "description", "status", "sources"))
            .Where(x => x.IsValid)
            .Select(x => new FrameworkDomain
            {
                Id = x.Id(), Number = x.Int("number"), Title = x.RequiredString("title"), Description = x.String("description"),
                Status = x.Enum<StandardStatus>("status"), Sources = x.Citations("A framework domain"), Location = x.LocationOf("id"),
            })],
        Criteria = CriterionReader.ReadAll(r),
    };

    private static RatingScale? ReadScale(MapReader r)
    {
        if (r.Node("ratingScale") is not { } node)
        {
            return null;
        }

        var s = new MapReader(r.Ctx, node, "ratingScale", "id", "levels");
        return !s.IsValid ? null : new RatingScale
        {
            Id = s.Id(),
            Location = s.LocationOf("id"),
            Levels = [.. s.Items("levels", true)
                .Select(n => new MapReader(r.Ctx, n, "a rating-scale level", "id", "label", "value"))
                .Where(x => x.IsValid)
                .Select(x => new RatingScaleLevel { Id = x.Id(), Label = x.RequiredString("label"), Value = x.Double("value"), Location = x.LocationOf("id") })],
        };
    }
}
