namespace InclusionStandards.Server.Pages;

/// <summary>The pages for people: server-rendered HTML that needs no script.</summary>
internal static class WebPages
{
    public static void Map(WebApplication web)
    {
        var app = web.MapGroup("").ExcludeFromDescription(); // pages are not API: kept out of the OpenAPI document
        SignInPages.Map(app);
        DashboardPages.Map(app);
        UploadPage.Map(app);
        AssessmentPages.Map(app);
        StandardsPages.Map(app);
        AccountsPage.Map(app);
    }
}
