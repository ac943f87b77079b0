using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Reports;
using InclusionStandards.Tests.Evaluation;

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
            var charts = page.Locator("figure.chart");
            Assert.True(await charts.CountAsync() >= 4, $"{await charts.CountAsync()} charts");
            for (var i = 0; i < await charts.CountAsync(); i++)
            {
                var box = await charts.Nth(i).BoundingBoxAsync();
                Assert.True(box is { Width: > 100, Height: > 20 }, $"chart {i} is not laid out: {box?.Width}x{box?.Height}");
            }

            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Ratings and scores" }).IsVisibleAsync());
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Summary for the board" }).IsVisibleAsync());
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var body = await page.Locator("body").InnerTextAsync();
            Assert.Contains("1.42, above the range", body, StringComparison.Ordinal);
            Assert.Contains("staff survey, discrimination internal: rate", body, StringComparison.Ordinal);
            Assert.DoesNotContain(AssessmentSamples.SensitiveName, body, StringComparison.Ordinal);
        });
    }

    [ChromiumFact]
    public async Task Comparison_InChromium_SortsTableWhenHeaderClicked()
    {
        var html = HtmlReport.RenderComparison(AssessmentSamples.Several());
        await WithPage(html, "comparison-report.png", async (page, errors) =>
        {
            Assert.Equal(await page.Locator("figure.chart").CountAsync(), AssessmentSamples.AcuteTrust().Scopes.Count(s => s.Subject is null && s.Kind != "statement"));
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

    /// <summary>A4 at 96 px per inch, less the print sheet's 12 mm margins: the box one printed page holds.</summary>
    private const double A4Width = (210 - 24) / 25.4 * 96, A4Height = (297 - 24) / 25.4 * 96;

    /// <summary>What rule syntax looks like: operators, engine phrases and condition functions.</summary>
    private static readonly Regex RuleSyntax = new(@"==|!=|&&|\|\||>=|<=|\b(outcome|indicator|withinBand|withinMonths|has|size|relativeLikelihood|ppGap|percent)\(|'met' is|'partiallyMet'|\b[a-z]+[A-Z]\w*\.\w|\w\.[a-z]+[A-Z]\w*", RegexOptions.CultureInvariant);

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static Assessment Struggling()
    {
        var read = TestCatalog.Standards.Evidence.ReadFile(TestCatalog.Example("struggling-trust.yaml"));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return new Evaluator(TestCatalog.Standards).Evaluate(read.Document!, read.Document!.AssessmentDate ?? new DateOnly(2024, 6, 30));
    }

    [ChromiumFact]
    public async Task BoardPack_StrugglingTrust_HasNoAxeWcagViolations_AtDesktopAndPhoneWidths_WithDetailsClosedAndOpen()
    {
        var html = HtmlReport.Render(Struggling());
        foreach (var width in new[] { 1280, 400 })
        {
            await WithPage(html, $"board-pack-{width}.png", async (page, errors) =>
            {
                await AssertNoViolations(page, $"{width} px, details closed");
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                await AssertNoViolations(page, $"{width} px, details open");
            }, width);
        }
    }

    [ChromiumFact]
    public async Task BoardPack_StrugglingTrust_At400px_DoesNotScrollSideways()
    {
        var html = HtmlReport.Render(Struggling());
        await WithPage(html, "board-pack-400-overflow.png", async (page, errors) =>
        {
            var closed = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var open = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var wide = await page.EvaluateAsync<string[]>("() => { const out = []; for (const e of document.querySelectorAll('main *, header *, nav *')) { const d = e.style.display; e.style.display = 'none'; const w = document.documentElement.scrollWidth; e.style.display = d; if (w <= 400 && out.length < 6) out.push(e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40)); } return out; }");
            Assert.True(closed <= 400 && open <= 400, $"scroll width {closed} (details closed), {open} (open) at 400 px; too wide: {string.Join(", ", wide)}");
        }, 400);
    }

    [ChromiumFact]
    public async Task BoardPack_StrugglingTrust_SummaryEndsOnTheFirstPrintedA4Page()
    {
        var html = HtmlReport.Render(Struggling());
        await WithPage(html, "board-pack-print.png", async (page, errors) =>
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var bottom = await page.EvaluateAsync<double>("() => document.getElementById('summary').getBoundingClientRect().bottom + window.scrollY");
            Assert.True(bottom <= A4Height, $"#summary ends {bottom:0} px down; one printed A4 page holds {A4Height:0} px");
            var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
            Assert.True(pdf.Length > 1000);
        }, (int)A4Width, (int)A4Height);
    }

    [ChromiumFact]
    public async Task BoardPack_StrugglingTrust_VisibleTextHasNoRuleSyntax_AndShowsActionsStatementsAndWdes9a()
    {
        var assessment = Struggling();
        var html = HtmlReport.Render(assessment);
        await WithPage(html, "board-pack-text.png", async (page, errors) =>
        {
            await page.EvaluateAsync("() => document.querySelectorAll('details.group').forEach(d => d.open = true)");
            var text = await page.Locator("body").InnerTextAsync();
            var match = RuleSyntax.Match(text);
            Assert.False(match.Success, $"rule syntax in the visible text: '{match.Value}' in …{(match.Success ? text.Substring(Math.Max(0, match.Index - 80), Math.Min(160, text.Length - Math.Max(0, match.Index - 80))) : "")}…");
            var summary = await page.Locator("#summary").InnerTextAsync();
            Assert.Contains("Undeveloped activity", summary, StringComparison.Ordinal);
            Assert.Contains("0 of 33", summary, StringComparison.Ordinal);
            Assert.Contains("Work on equality has not started", summary, StringComparison.Ordinal);
            Assert.Contains("Proposed standard, not yet published", summary, StringComparison.Ordinal);
            Assert.Contains(assessment.ActionPlan[0].Action, summary, StringComparison.Ordinal);
            Assert.Contains("WDES 9a: Staff engagement score", text, StringComparison.Ordinal);
            Assert.Contains("Value: -0.6 points", text, StringComparison.Ordinal);
            var criterion = page.Locator("#c-inc-s1-ceo-leads");
            var body = await criterion.InnerTextAsync();
            Assert.Contains("What it needs", body, StringComparison.Ordinal);
            Assert.Contains("It follows from", body, StringComparison.Ordinal);
            Assert.Contains("Source", body, StringComparison.Ordinal);
            Assert.Equal(assessment.ActionPlan.Length, await page.Locator("#action-plan tbody tr").CountAsync());
        });
    }

    private static async Task AssertNoViolations(IPage page, string when)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var found = result.Violations.Select(v => $"{v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(found.Count == 0, $"axe WCAG 2.x A/AA violations at {when}:\n{string.Join("\n", found)}");
    }

    private static async Task WithPage(string html, string screenshot, Func<IPage, List<string>, Task> check, int width = 1280, int height = 900)
    {
        var file = Path.Combine(Path.GetTempPath(), $"inclusion-report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(Launch);
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
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
            var tall = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight") > 20000;
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, screenshot), FullPage = !tall });
            Assert.Empty(errors);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
