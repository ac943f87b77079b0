namespace InclusionStandards.Tests.Reports;

/// <summary>
/// A fact that needs Debian's chromium (<c>/usr/bin/chromium</c>, or the path in <c>INCLUSION_CHROMIUM</c>). When the
/// browser is absent the test is reported as skipped with the reason, never passed vacuously.
/// </summary>
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
