using InclusionStandards.TestSupport;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Hosting;

/// <summary>The package's public API is tracked in src/InclusionStandards/PublicAPI.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheCheckedInFile() => PublicApiApproval.Verify(typeof(StandardsLoader).Assembly, "InclusionStandards");
}
