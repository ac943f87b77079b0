using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: taxonomy</c>.</summary>
internal static class TaxonomyReader
{
    public static readonly string[] Keys = Header.With("vocabularies");

    public static Taxonomy Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Vocabularies = [.. r.Items("vocabularies", true)
            .Select(n => new MapReader(r.Ctx, n, "a vocabulary", "id", "title", "description", "sources", "terms"))
            .Where(v => v.IsValid)
            .Select(v => new Vocabulary
            {
                Id = v.Id(),
                Title = v.RequiredString("title"),
                Description = v.String("description"),
                Sources = v.Citations("A vocabulary"),
                Location = v.LocationOf("id"),
                Terms = [.. v.Items("terms", true)
                    .Select(t => new MapReader(r.Ctx, t, "a term", "id", "label", "description", "sources"))
                    .Where(t => t.IsValid)
                    .Select(t => new Term
                    {
                        Id = t.Id(),
                        Label = t.RequiredString("label"),
                        Description = t.String("description"),
                        Sources = t.Citations("A term", required: false),
                        Location = t.LocationOf("id"),
                    })],
            })],
    };
}
