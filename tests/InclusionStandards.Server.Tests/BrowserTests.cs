using System.Net;
using Microsoft.Playwright;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// Every page driven in a real browser as a person would: sign in (wrong password, then right), the dashboard with
/// ratings and trend, upload (bad evidence shows each diagnostic at its line, good evidence becomes an assessment),
/// the report with downloads, an organisation's history, the standards, accounts — each checked with axe-core.
/// </summary>
public sealed class BrowserTests
{
    private const string AdminPassword = "Admin-password-2024";

    [ChromiumFact]
    public async Task Pages_DrivenInChromium_WorkAndPassAxe()
    {
        using var database = ServerDatabase.Sqlite();
        using var server = await ServerProcess.StartAsync(ServerProcess.Arguments(database,
            "--Server:InitialAdmin:UserName=admin", $"--Server:InitialAdmin:Password={AdminPassword}"));
        Assert.DoesNotContain(AdminPassword, server.Output, StringComparison.Ordinal);
        using var api = server.Client(ServerProcess.AssessorKey);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/assessments", Samples.Yaml(Samples.EarlierPeriod("RXX01")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RXX01", "Riverside Hospitals NHS Trust (fictional)")))).StatusCode);

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(server.Address);

        // Signed out: a welcome page, and the dashboard sends to sign-in.
        await page.GotoAsync("/");
        Assert.Equal("Welcome – Inclusion assessments", await page.TitleAsync());
        await BrowserSession.CheckAsync(page, "welcome");
        await page.GotoAsync("/upload");
        Assert.StartsWith("/signin", new Uri(page.Url).PathAndQuery, StringComparison.Ordinal);

        // Sign in: a wrong password is refused with a message, then the right one signs in.
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Contains("The user name or password is not right.", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.CheckAsync(page, "signin-error");
        await page.GetByLabel("Password").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("/upload", new Uri(page.Url).AbsolutePath);

        // Upload bad evidence: each diagnostic is listed and shown beside its line.
        var bad = Samples.ForOrganisation("RXX01").Replace("period: {start: '2023-04-01'", "period: {start: '2023-13-01'", StringComparison.Ordinal);
        Assert.NotEqual(Samples.ForOrganisation("RXX01"), bad);
        await page.GetByLabel("Or paste the evidence").FillAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and assess" }).ClickAsync();
        var summary = await page.Locator(".error-summary").InnerTextAsync();
        Assert.Contains("4:", summary, StringComparison.Ordinal);
        Assert.Contains("EVD105", summary, StringComparison.Ordinal);
        var line4 = page.Locator("#line-4");
        Assert.Contains("2023-13-01", await line4.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("EVD105", await line4.Locator(".diagnostic").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.CheckAsync(page, "upload-errors");

        // Upload a good file: the browser goes to the kept assessment, with the report and downloads.
        var file = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, Samples.ForOrganisation("RYY01", "Yarrow Community Health NHS Trust (fictional)"));
        try
        {
            await page.GotoAsync("/upload");
            await BrowserSession.CheckAsync(page, "upload");
            await page.GetByLabel("Evidence file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and assess" }).ClickAsync();
        }
        finally
        {
            File.Delete(file);
        }

        Assert.StartsWith("/assessments/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Yarrow Community Health", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var report = page.FrameLocator("iframe[title='Assessment report']");
        Assert.Contains("Yarrow Community Health", await report.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var markdown = await page.GetByRole(AriaRole.Link, new() { Name = "Report (Markdown)" }).GetAttributeAsync("href");
        var download = await page.APIRequest.GetAsync(markdown!);
        Assert.Equal(200, download.Status);
        Assert.Contains("Yarrow Community Health", await download.TextAsync(), StringComparison.Ordinal);
        await BrowserSession.CheckAsync(page, "assessment");

        // The dashboard: both organisations, with ratings and the trend of the one assessed twice.
        await page.GotoAsync("/");
        var rows = page.Locator("tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        var riverside = await rows.Filter(new() { HasText = "RXX01" }).InnerTextAsync();
        Assert.Matches("no change|up from|down from", riverside);
        await BrowserSession.CheckAsync(page, "dashboard");

        // History, standards, accounts.
        await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Hospitals NHS Trust (fictional)" }).ClickAsync();
        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());
        Assert.Contains("2022-04-01 to 2023-03-31", await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.CheckAsync(page, "history");
        await page.GotoAsync("/standards");
        await BrowserSession.CheckAsync(page, "standards");
        await page.Locator("tbody a").First.ClickAsync();
        await BrowserSession.CheckAsync(page, "standard");

        await page.GotoAsync("/admin/accounts");
        await page.GetByLabel("User name").FillAsync("viewer.elsewhere");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Viewer-password-2024");
        await page.GetByLabel("Role").SelectOptionAsync("viewer");
        await page.GetByLabel("Organisations").FillAsync("RYY01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        Assert.Contains("created", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.CheckAsync(page, "accounts");

        // The scoped viewer sees only its organisation; another's history is not found.
        var viewer = await browser.NewPageAsync(server.Address);
        await viewer.GotoAsync("/signin");
        await viewer.GetByLabel("User name").FillAsync("viewer.elsewhere");
        await viewer.GetByLabel("Password").FillAsync("Viewer-password-2024");
        await viewer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal(1, await viewer.Locator("tbody tr").CountAsync());
        Assert.DoesNotContain("RXX01", await viewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Link, new() { Name = "Upload evidence" }).CountAsync());
        var hidden = await viewer.GotoAsync("/organisations/RXX01");
        Assert.Equal(404, hidden!.Status);
        await BrowserSession.CheckAsync(viewer, "not-found");
    }
}
