namespace InclusionStandards.Server.Pages;

/// <summary>The pages for people.</summary>
internal static class WebPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Results.Content("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Inclusion assessments</title></head><body><main><h1>Inclusion assessments</h1></main></body></html>", "text/html; charset=utf-8"));
    }
}
