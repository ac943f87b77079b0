namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// How many cases each fuzz generator runs: env <c>INCLUSION_FUZZ_CASES</c>, default 300 (a few seconds, run in CI).
/// The long run is <c>INCLUSION_FUZZ_CASES=100000 dotnet test tests/InclusionStandards.Tests --filter Category=Fuzz</c>.
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultCases = 300;

    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("INCLUSION_FUZZ_CASES"), out var n) && n > 0 ? n : DefaultCases;
}
