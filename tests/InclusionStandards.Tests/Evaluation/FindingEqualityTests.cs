using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Model;

namespace InclusionStandards.Tests.Evaluation;

public sealed class FindingEqualityTests
{
    private static CriterionFinding Finding(Outcome outcome, params string[] reasons) =>
        new() { CriterionId = "lcf-1", Subject = "m1", Outcome = outcome, Reasons = [.. reasons] };

    [Fact]
    public void Equals_SameMembersInOtherArrays_EqualWithSameHash()
    {
        var (a, b) = (Finding(Outcome.Met, "x", "y"), Finding(Outcome.Met, "x", "y"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void With_AfterHashing_CopyHashesItsOwnMembers()
    {
        // The hash is cached; a `with` copy must not inherit it.
        var original = Finding(Outcome.Met, "x");
        var hashed = original.GetHashCode();

        var changed = original with { Outcome = Outcome.NotMet, Reasons = ["z"] };

        Assert.NotEqual(original, changed);
        Assert.Equal(Finding(Outcome.NotMet, "z").GetHashCode(), changed.GetHashCode());
        Assert.Equal(hashed, original.GetHashCode());
        Assert.Equal(original, original with { });
        Assert.Equal(original.GetHashCode(), (original with { }).GetHashCode());
    }
}
