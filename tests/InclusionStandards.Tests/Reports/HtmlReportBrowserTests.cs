using Microsoft.Playwright;
using InclusionStandards.Reports;

namespace InclusionStandards.Tests.Reports;

/// <summary>Opens generated reports in a real browser (Debian's chromium through Playwright; no browser download).</summary>
public sealed class HtmlReportBrowserTests
{
    private static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = ChromiumFactAttribute.ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task Report_InChromium_RendersChartsAndTextWithoutConsoleErrors()
    {
        var html = HtmlReport.Render(AssessmentSamples.AcuteTrust());
        await WithPage(html, "assessment-report.png", async (page, errors) =>
        {
            Assert.Equal("Inclusion assessment: Example Hospitals NHS Foundation Trust", await page.TitleAsync());
            Assert.Equal(await page.Locator("h1").TextContentAsync(), await page.TitleAsync());
            var svgs = page.Locator("svg[role=img]");
            Assert.Equal(8, await svgs.CountAsync());
            for (var i = 0; i < await svgs.CountAsync(); i++)
            {
                var box = await svgs.Nth(i).BoundingBoxAsync();
                Assert.True(box is { Width: > 100, Height: > 20 }, $"chart {i} is not laid out: {box?.Width}x{box?.Height}");
            }

            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Scores and ratings" }).IsVisibleAsync());
            Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Criteria by outcome" }).IsVisibleAsync());
            var body = await page.Locator("body").InnerTextAsync();
            Assert.Contains("1.42 (above the band)", body, StringComparison.Ordinal);
            Assert.Contains("staffSurvey.discriminationInternal.rate", body, StringComparison.Ordinal);
            Assert.DoesNotContain(AssessmentSamples.SensitiveName, body, StringComparison.Ordinal);
        });
    }

    [ChromiumFact]
    public async Task Comparison_InChromium_SortsTableWhenHeaderClicked()
    {
        var html = HtmlReport.RenderComparison(AssessmentSamples.Several());
        await WithPage(html, "comparison-report.png", async (page, errors) =>
        {
            Assert.Equal(await page.Locator("svg[role=img]").CountAsync(), AssessmentSamples.AcuteTrust().Scopes.Count(s => s.Subject is null && s.Kind != "statement"));
            var odsCells = page.Locator("#comparison tbody tr td:nth-child(2)");
            Assert.Equal(["RAA", "RXX", "RYY", "RZZ"], await odsCells.AllTextContentsAsync());

            var header = page.Locator("#comparison thead th", new() { HasText = "The inclusive key question" });
            await header.Locator("button").ClickAsync();
            Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
            Assert.Equal(["RYY", "RXX", "RAA", "RZZ"], await odsCells.AllTextContentsAsync());
            await header.Locator("button").ClickAsync();
            Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
            Assert.Equal(["RZZ", "RAA", "RXX", "RYY"], await odsCells.AllTextContentsAsync());
        });
    }

    private static async Task WithPage(string html, string screenshot, Func<IPage, List<string>, Task> check)
    {
        var file = Path.Combine(Path.GetTempPath(), $"inclusion-report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(Launch);
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    errors.Add($"{message.Type}: {message.Text}");
                }
            };
            page.PageError += (_, error) => errors.Add("page error: " + error);
            page.RequestFailed += (_, request) => errors.Add("request failed: " + request.Url);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    errors.Add("external request: " + request.Url);
                }
            };

            await page.GotoAsync(new Uri(file).AbsoluteUri);
            await check(page, errors);
            Directory.CreateDirectory(ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, screenshot), FullPage = true });
            Assert.Empty(errors);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
