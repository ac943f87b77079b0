using FsCheck.Fluent;
using FsCheck.Xunit;

namespace InclusionStandards.NRules.Tests;

/// <summary>
/// Every engine gives the same assessment (JSON, rule firings aside) of 1,000 organisations generated over the
/// evidence schema (<see cref="OrganisationGenerator"/>).
/// </summary>
public sealed class GeneratedDifferentialTests
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(OrganisationGenerator)])]
    public void GeneratedOrganisation_EveryEngine_GivesTheSameAssessment(GeneratedOrganisation organisation) =>
        Engines.AssertSame(Engines.Assess(organisation.Evidence), organisation.ToString());

    [Fact]
    public void Generator_MakesOrganisationsThatDiffer()
    {
        // Not a constant generator: most organisations are edited, and their assessments vary widely.
        var sample = OrganisationGenerator.Organisation.Sample(200, 100);
        Assert.True(sample.Count(o => !o.Edits.IsEmpty) > 80, "most generated organisations carry edits");
        Assert.Contains(sample, o => o.Edits.Any(e => e.EndsWith(" absent", StringComparison.Ordinal)));
        Assert.Contains(sample, o => o.Edits.Any(e => e.EndsWith(" dropped", StringComparison.Ordinal)));
        var evaluator = new Assessments.Evaluator(Engines.For(Evaluation.StandardsEngine.Own));
        Assert.True(sample.Select(o => Engines.Json(evaluator.Evaluate(o.Evidence, Engines.Date))).Distinct().Count() > 50);
    }
}
