using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InclusionStandards.NRules.Tests;

/// <summary><c>UseNRules()</c> in a container, and a live evaluation kept in an NRules session.</summary>
public sealed class HostingTests
{
    [Fact]
    public void UseNRules_CompiledStandardsEvaluatorAndService_UseNRules()
    {
        using var provider = new ServiceCollection()
            .AddInclusionStandards(o => o.StandardsDirectories.Add(Path.Combine(Engines.RepoRoot, "standards")))
            .UseNRules()
            .BuildServiceProvider();
        Assert.Same(NRulesEngine.Instance, provider.GetRequiredService<IOptions<InclusionStandardsOptions>>().Value.Engine);
        var standards = provider.GetRequiredService<CompiledStandards>();
        Assert.Same(NRulesEngine.Instance, standards.Engine);
        var evidence = Engines.Example("struggling-trust.yaml");
        var viaContainer = provider.GetRequiredService<Evaluator>().Evaluate(evidence, Engines.Date);
        var own = new Evaluator(Engines.For(StandardsEngine.Own)).Evaluate(evidence, Engines.Date);
        Assert.Equal(Engines.Json(own), Engines.Json(viaContainer));
    }

    [Fact]
    public void AddInclusionStandards_WithoutUseNRules_UsesOurEngine()
    {
        using var provider = new ServiceCollection().AddInclusionStandards().BuildServiceProvider();
        Assert.Same(StandardsEngine.Own, provider.GetRequiredService<CompiledStandards>().Engine);
    }

    [Fact]
    public void LiveEvaluation_OnNRules_ReplacedMemberGivesTheFreshAssessment()
    {
        var standards = Engines.For(NRulesEngine.Instance);
        var evidence = Engines.Example("strong-acute-trust.yaml");
        var live = LiveEvaluation.Start(standards, evidence, Engines.Date);
        Assert.NotNull(live);
        var before = Engines.Json(live!.Assess());
        var member = evidence.Elements["boardMembers"][0];
        var appraisal = ((Rules.Facts.Record)member.GetValue("appraisal")!).ToBuilder().Set("multiSourceFeedback", false).Set("ediObjectiveReviewed", false).Build();

        var fired = live.ReplaceElement("boardMembers", 0, member.ToBuilder().Set("appraisal", appraisal).Set("leadsEdi", false).Build());

        Assert.True(fired > 0);
        var after = Engines.Json(live.Assess());
        Assert.NotEqual(before, after);
        Assert.Equal(Engines.Json(new Evaluator(Engines.For(StandardsEngine.Own)).Evaluate(live.Evidence, Engines.Date)), after);
    }

    [Fact]
    public void LiveEvaluation_OnTheDirectRunner_IsNotAvailable()
    {
        Assert.False(StandardsEngine.Direct.SupportsLiveEvaluation);
        Assert.Null(LiveEvaluation.Start(Engines.For(StandardsEngine.Direct), Engines.Example("strong-acute-trust.yaml"), Engines.Date));
    }
}
