using FsCheck.Xunit;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.NRules.Tests;

/// <summary>
/// <c>kind: rules</c> files on every engine: the shipped standards plus a rules file that covers single and joined
/// patterns, <c>not</c>, element findings, salience and undecided matches give the same assessments of the examples
/// and of generated organisations, and a live NRules session re-runs a rule when its list changes.
/// </summary>
public sealed class RulesDifferentialTests
{
    private const string RulesFile = """
        kind: rules
        id: programme-rules
        version: 0.1.0
        title: Programme rules
        status: draft
        sources:
          - { id: lio, document: Inclusive Leadership and Culture in the NHS, publisher: Deeds and Words, year: 2020 }
        rules:
          - id: targeted-without-network
            when:
              - { each: programmes, as: p, where: "p.targeted" }
              - { not: { each: staffNetworks, as: n, where: "n.seniorSponsor" } }
            then: { derive: { type: Finding, criterion: way-5-targeted-programme-features, outcome: partially-met, reason: "no sponsored network", element: p } }
          - id: high
            salience: 10
            when:
              - { each: programmes, as: p, where: "p.targeted" }
            then: { derive: { type: Finding, criterion: way-5-portfolio-has-targeted, outcome: partially-met, reason: minor } }
          - id: low
            salience: -5
            when:
              - { each: ftsuGuardians, as: g, where: "g.ringFencedHoursPerWeek < 20.0" }
            then: { derive: { type: Finding, criterion: way-5-portfolio-has-targeted, outcome: not-met, reason: too few hours } }
          - id: voting-pair
            when:
              - { each: boardMembers, as: a, where: "a.voting" }
              - { each: boardMembers, as: b, where: "b.voting && a.id != b.id && !b.leadsEdi" }
            then: { derive: { type: Finding, criterion: lcf-member-edi-objective, outcome: partially-met, reason: pair without an EDI lead, element: b } }

        """;

    private static readonly Lazy<Dictionary<string, CompiledStandards>> Compiled = new(() =>
    {
        var root = Path.Combine(Engines.RepoRoot, "standards");
        var skip = new[] { "tests", "examples", "mappings" };
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !skip.Contains(Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0]))
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
        files[Path.Combine("rules", "test-rules.yaml")] = RulesFile;
        var load = StandardsLoader.LoadTexts(files);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return Engines.All.ToDictionary(e => e.Name, e => CompiledStandards.Compile(load.Catalog, e, out var d) ?? throw new InvalidOperationException(string.Join("\n", d)));
    });

    private static Dictionary<string, string> Assess(Evidence.EvidenceDocument evidence) =>
        Compiled.Value.ToDictionary(p => p.Key, p => Engines.Json(new Evaluator(p.Value).Evaluate(evidence, Engines.Date)));

    [Theory]
    [InlineData("strong-acute-trust.yaml")]
    [InlineData("struggling-trust.yaml")]
    [InlineData("icb-partial-evidence.yaml")]
    public void RulesFile_EveryEngine_GivesTheSameAssessment(string example)
    {
        var byEngine = Assess(Engines.Example(example));
        Engines.AssertSame(byEngine, example);
        Assert.Contains("rule:", byEngine["own"], StringComparison.Ordinal); // the rules derived something
    }

    [Fact]
    public void RulesFile_NRules_FiresTheRules()
    {
        var findings = new Evaluator(Compiled.Value["nrules"]).Run(Engines.Example("strong-acute-trust.yaml"), Engines.Date);
        Assert.Equal(4, findings.Firings.Count(f => f.Rule.StartsWith("rule:", StringComparison.Ordinal)));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(OrganisationGenerator)])]
    public void RulesFile_GeneratedOrganisation_EveryEngine_GivesTheSameAssessment(GeneratedOrganisation organisation) =>
        Engines.AssertSame(Assess(organisation.Evidence), organisation.ToString());

    [Fact]
    public void RulesFile_LiveNRulesSession_ReplacedProgrammeGivesTheFreshAssessment()
    {
        var evidence = Engines.Example("strong-acute-trust.yaml");
        var live = LiveEvaluation.Start(Compiled.Value["nrules"], evidence, Engines.Date)!;
        var before = Engines.Json(live.Assess());
        var programme = evidence.Elements["programmes"][0];
        live.ReplaceElement("programmes", 0, programme.ToBuilder().Set("targeted", !(bool)programme.GetValue("targeted")!).Build());
        var after = Engines.Json(live.Assess());
        Assert.NotEqual(before, after);
        Assert.Equal(Engines.Json(new Evaluator(Compiled.Value["own"]).Evaluate(live.Evidence, Engines.Date)), after);
    }
}
