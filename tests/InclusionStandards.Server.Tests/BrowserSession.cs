using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// Debian's chromium through Playwright (no browser download): pages are opened, checked with axe-core against
/// WCAG 2.2 A and AA, and photographed at 1280 and 400 px into bin/.../screenshots.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<BrowserSession> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A fresh context (its own cookies) on the server.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe on the page (and its frames) and fails with every violation; then takes the screenshots.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"{name}: {violations.Count} accessibility violation(s):\n" + string.Join("\n", violations));
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + "-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(400, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + "-400.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{name}: the page scrolls sideways at 400 px (WCAG 1.4.10 reflow)");
        await page.SetViewportSizeAsync(1280, 900);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A fact that needs Debian's chromium (<c>/usr/bin/chromium</c> or <c>INCLUSION_CHROMIUM</c>); skipped, saying so, when absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"chromium not found at {ExecutablePath}: install it (apt-get install -y chromium) to run the browser test";
        }
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("INCLUSION_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
