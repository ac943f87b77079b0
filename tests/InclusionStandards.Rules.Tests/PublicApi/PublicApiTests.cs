using InclusionStandards.Rules;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Rules.Tests.PublicApi;

/// <summary>The engine's public API is tracked in src/InclusionStandards.Rules/PublicAPI.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheCheckedInFile() => PublicApiApproval.Verify(typeof(RuleCompiler).Assembly, "InclusionStandards.Rules");
}
