using InclusionStandards.NRules;
using InclusionStandards.TestSupport;

namespace InclusionStandards.NRules.Tests;

/// <summary>The package's public API is tracked in src/InclusionStandards.NRules/PublicAPI.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheCheckedInFile() => PublicApiApproval.Verify(typeof(NRulesEngine).Assembly, "InclusionStandards.NRules");
}
