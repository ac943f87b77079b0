using InclusionStandards.Hosting;

namespace InclusionStandards.Host;

/// <summary>GET /standards: the catalog in use, with each standard's version and content hash.</summary>
internal static class StandardsEndpoint
{
    public static IResult Catalog(IAssessmentService assessor)
    {
        var catalog = assessor.Standards.Catalog;
        return Results.Ok(new
        {
            contentHash = catalog.ContentHash,
            engine = assessor.Standards.Engine.Name,
            standards = catalog.Standards.Select(s => new
            {
                id = s.Id,
                kind = s.Kind,
                version = s.Version,
                title = s.Title,
                status = s.Status,
                contentHash = s.ContentHash,
            }),
        });
    }
}
