namespace InclusionStandards.Tests.Conditions;

/// <summary>
/// Locates the shared CEL conformance data: the INCLUSION_CEL_CONFORMANCE environment variable, or
/// <c>../shared/cel-conformance</c> next to the repository (found by walking up from the test's base directory).
/// </summary>
internal static class ConformanceData
{
    public static string? Directory { get; } = Locate();

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("INCLUSION_CEL_CONFORMANCE");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return System.IO.Directory.Exists(fromEnv) ? fromEnv : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "cel-conformance");
            if (File.Exists(Path.Combine(candidate, "policy-subset.json")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
