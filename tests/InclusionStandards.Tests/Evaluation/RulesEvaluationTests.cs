using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using Record = InclusionStandards.Rules.Facts.Record;
using InclusionStandards.Model;
using InclusionStandards.TestSupport;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Evaluation;

/// <summary>Rules of <c>kind: rules</c> files, evaluated with the shipped standards and examples.</summary>
public sealed class RulesEvaluationTests
{
    private static readonly DateOnly Date = new(2024, 6, 30);

    private const string TargetedWithoutNetwork = """
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
              - { not: { each: staffNetworks, as: n, where: "NETWORK" } }
            then: { derive: { type: Finding, criterion: way-5-targeted-programme-features, outcome: partially-met, reason: "no network as required", element: p } }

        """;

    /// <summary>The shipped standards plus <paramref name="rules"/> as <c>rules/test-rules.yaml</c>, compiled.</summary>
    private static CompiledStandards With(string rules, StandardsEngine? engine = null)
    {
        var root = Path.Combine(TestCatalog.RepoRoot, "standards");
        var skip = new[] { "tests", "examples", "mappings" };
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !skip.Contains(Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0]))
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
        files[Path.Combine("rules", "test-rules.yaml")] = rules;
        var load = StandardsLoader.LoadTexts(files);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var compiled = CompiledStandards.Compile(load.Catalog, engine ?? StandardsEngine.Own, out var diagnostics);
        Assert.True(compiled is not null, string.Join("\n", diagnostics));
        return compiled!;
    }

    private static CompiledStandards Network(string where, StandardsEngine? engine = null) => With(TargetedWithoutNetwork.Edit("NETWORK", where), engine);

    private static EvidenceDocument Read(CompiledStandards standards, string example, Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(TestCatalog.Example(example));
        var edited = edit?.Invoke(text) ?? text;
        Assert.True(edit is null || edited != text, "the edit changed nothing");
        var read = standards.Evidence.Parse(edited, example);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return read.Document!;
    }

    private static Assessment Assess(CompiledStandards standards, EvidenceDocument document) => new Evaluator(standards).Evaluate(document, Date);

    private static CriterionResult Way5(Assessment a) => a.Criteria.Single(c => c.CriterionId == "way-5-targeted-programme-features");

    [Fact]
    public void Rule_MatchingATargetedProgramme_LowersThatElementAndTheRollUp()
    {
        var standards = Network("n.annualBudget > 1000000000.0");
        var a = Assess(standards, Read(standards, "strong-acute-trust.yaml"));

        var c = Way5(a);
        var targeted = c.Elements.Single(e => e.Subject == "prog-02");
        Assert.Equal(Outcome.PartiallyMet, targeted.Outcome);
        Assert.StartsWith("partially-met by rule 'targeted-without-network' (matched programmes[prog-02]): no network as required", targeted.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(Outcome.NotApplicable, c.Elements.Single(e => e.Subject == "prog-01").Outcome); // not targeted: no match
        Assert.Equal(Outcome.PartiallyMet, c.Outcome);
        Assert.Contains("rule:targeted-without-network", c.RulesFired);
        Assert.Equal(Outcome.Met, Way5(Assess(TestCatalog.Standards, Read(TestCatalog.Standards, "strong-acute-trust.yaml"))).Outcome);
    }

    [Fact]
    public void Rule_ThatMatchesNothing_ChangesNoOutcomeOrReason()
    {
        var standards = Network("n.seniorSponsor");
        var with = Assess(standards, Read(standards, "strong-acute-trust.yaml"));
        var without = Assess(TestCatalog.Standards, Read(TestCatalog.Standards, "strong-acute-trust.yaml"));
        static IEnumerable<string> Describe(Assessment a) => a.Criteria.Select(c => $"{c.CriterionId}={c.Outcome}|{string.Join(";", c.Reasons)}|{string.Join(";", c.Elements.Select(e => $"{e.Subject}={e.Outcome}"))}");
        Assert.Equal(Describe(without), Describe(with));
    }

    [Fact]
    public void Rule_UnknownInANotPattern_MakesTheMatchUndecided_NamingTheMissingEvidenceByKey()
    {
        var standards = Network("n.seniorSponsor && n.focus == 'bame'");
        var document = Read(standards, "strong-acute-trust.yaml", t => t.EditFirst("seniorSponsor: true, ", string.Empty));
        var targeted = Way5(Assess(standards, document)).Elements.Single(e => e.Subject == "prog-02");

        Assert.Equal(Outcome.InsufficientEvidence, targeted.Outcome);
        Assert.Contains("staffNetworks[net-01].seniorSponsor", targeted.MissingEvidence);
        Assert.Contains(targeted.Reasons, r => r.StartsWith("rule 'targeted-without-network' (matched programmes[prog-02]) could not be decided", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule_NotMetOnTheWholeCriterion_DecidesOverItsOwnOutcome_AndFeedsScopes()
    {
        var rules = TargetedWithoutNetwork.Edit("NETWORK", "n.annualBudget > 1000000000.0")
            .Edit("criterion: way-5-targeted-programme-features, outcome: partially-met", "criterion: way-5-portfolio-has-targeted, outcome: not-met")
            .Edit(", element: p", string.Empty);
        var standards = With(rules);
        var document = Read(standards, "strong-acute-trust.yaml");
        var with = Assess(standards, document);
        var without = Assess(TestCatalog.Standards, Read(TestCatalog.Standards, "strong-acute-trust.yaml"));

        var c = with.Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted");
        Assert.Equal(Outcome.NotMet, c.Outcome);
        Assert.StartsWith("not-met by rule 'targeted-without-network'", c.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(Outcome.Met, without.Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted").Outcome);
        var scope = with.Scopes.Single(s => s.ScopeId == c.StandardId && s.Subject is null);
        var before = without.Scopes.Single(s => s.ScopeId == c.StandardId && s.Subject is null);
        Assert.NotEqual(before.OutcomeCounts.ToArray(), scope.OutcomeCounts.ToArray()); // the scope counts the lowered outcome
    }

    [Fact]
    public void Rule_OnAnInapplicableElement_LeavesItNotApplicable()
    {
        var rules = TargetedWithoutNetwork.Edit("NETWORK", "n.annualBudget > 1000000000.0")
            .Edit("where: \"p.targeted\" }", "}");
        var standards = With(rules);
        var c = Way5(Assess(standards, Read(standards, "strong-acute-trust.yaml")));
        Assert.Equal(Outcome.NotApplicable, c.Elements.Single(e => e.Subject == "prog-01").Outcome);
        Assert.Equal(Outcome.PartiallyMet, c.Elements.Single(e => e.Subject == "prog-02").Outcome);
    }

    [Theory]
    [InlineData("strong-acute-trust.yaml", "n.annualBudget > 1000000000.0")]
    [InlineData("struggling-trust.yaml", "n.seniorSponsor")]
    [InlineData("icb-partial-evidence.yaml", "n.seniorSponsor")]
    public void Rules_EngineAndDirectRunner_GiveTheSameFindings(string example, string network)
    {
        var standards = Network(network);
        var direct = Network(network, StandardsEngine.Direct);
        var document = Read(standards, example);
        static IEnumerable<string> Describe(FindingSet f) => f.Criteria.Select(c => $"{c} | {string.Join("; ", c.Reasons)} | {string.Join(",", c.Missing)}").Order(StringComparer.Ordinal);
        Assert.Equal(Describe(new Evaluator(direct).Run(document, Date)), Describe(new Evaluator(standards).Run(document, Date)));
    }

    [Fact]
    public void LiveEvaluation_ReplacingTheMatchedProgramme_RerunsTheRule()
    {
        var standards = Network("n.annualBudget > 1000000000.0");
        var document = Read(standards, "strong-acute-trust.yaml");
        var live = LiveEvaluation.Start(standards, document, Date)!;
        Assert.Equal(Outcome.PartiallyMet, Way5(live.Assess()).Outcome);

        var index = document.Elements["programmes"].Select((p, i) => (p, i)).Single(x => (string?)x.p.GetValue("id") == "prog-02").i;
        live.ReplaceElement("programmes", index, document.Elements["programmes"][index].ToBuilder().Set("targeted", false).Build());

        var fresh = Assess(standards, live.Evidence);
        Assert.Equal(Way5(fresh).Outcome, Way5(live.Assess()).Outcome);
        Assert.Equal(Outcome.NotApplicable, Way5(live.Assess()).Outcome);
    }

    [Fact]
    public void Rule_CombiningTooManyElements_StopsWithAnErrorNotAHang()
    {
        var rules = TargetedWithoutNetwork
            .Edit("      - { each: programmes, as: p, where: \"p.targeted\" }\n      - { not: { each: staffNetworks, as: n, where: \"NETWORK\" } }",
                "      - { each: boardMembers, as: a, where: \"a.voting\" }\n      - { each: boardMembers, as: b, where: \"b.voting\" }\n      - { each: boardMembers, as: c, where: \"c.voting\" }")
            .Edit("criterion: way-5-targeted-programme-features, outcome: partially-met", "criterion: way-5-portfolio-has-targeted, outcome: partially-met")
            .Edit(", element: p", string.Empty);
        var standards = With(rules);
        var document = Read(standards, "strong-acute-trust.yaml");
        var members = document.Elements["boardMembers"];
        var many = Enumerable.Range(0, 60).Select(i => members[i % members.Length].ToBuilder().Set("id", $"bm-x{i}").Set("voting", true).Build()).ToList();
        var big = document with
        {
            Root = document.Root.ToBuilder().Set("boardMembers", many.Cast<object?>().ToList()).Build(),
            Elements = document.Elements.SetItem("boardMembers", [.. many]),
        };

        var c = Assess(standards, big).Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted");
        Assert.Equal(Outcome.InsufficientEvidence, c.Outcome);
        Assert.Contains("100,000 condition evaluations", c.Error, StringComparison.Ordinal);
    }

    /// <summary>A rules file of <paramref name="rules"/> (each a YAML list item, indented under <c>rules:</c>).</summary>
    private static CompiledStandards Rules(params string[] rules) =>
        With(TargetedWithoutNetwork[..TargetedWithoutNetwork.IndexOf("rules:", StringComparison.Ordinal)] + "rules:\n" + string.Concat(rules));

    private static string Rule(string id, string when, string derive, int salience = 0) =>
        $"  - id: {id}\n    salience: {salience}\n    when:\n{string.Concat(when.Split('|').Select(p => $"      - {p.Trim()}\n"))}    then: {{ derive: {{ type: Finding, {derive} }} }}\n";

    [Fact]
    public void Rules_TwoOnOneCriterion_TheReasonThatSetTheOutcomeComesFirst()
    {
        var standards = Rules(
            Rule("high", "{ each: programmes, as: p, where: \"p.targeted\" }", "criterion: way-5-portfolio-has-targeted, outcome: partially-met, reason: minor", salience: 10),
            Rule("low", "{ each: programmes, as: p, where: \"p.targeted\" }", "criterion: way-5-portfolio-has-targeted, outcome: not-met, reason: major", salience: -5));
        var c = Assess(standards, Read(standards, "strong-acute-trust.yaml")).Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted");
        Assert.Equal(Outcome.NotMet, c.Outcome);
        Assert.StartsWith("not-met by rule 'low'", c.Reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("partially-met by rule 'high'", c.Reasons[1], StringComparison.Ordinal);
        Assert.Equal(["rule:high", "rule:low"], c.RulesFired.Where(r => r.StartsWith("rule:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rules_AnUndecidedMatchThatCouldNotLowerFurther_LeavesTheDecidedOutcome()
    {
        var standards = Rules(
            Rule("decided", "{ each: programmes, as: p, where: \"p.targeted\" }", "criterion: way-5-portfolio-has-targeted, outcome: partially-met, reason: decided"),
            Rule("undecided", "{ each: ftsuGuardians, as: g, where: \"g.ringFencedHoursPerWeek < 20.0\" }", "criterion: way-5-portfolio-has-targeted, outcome: partially-met, reason: hours"));
        var document = Read(standards, "strong-acute-trust.yaml", t => t.EditFirst(", ringFencedHoursPerWeek: 15.0}", "}"));
        var c = Assess(standards, document).Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted");
        Assert.Equal(Outcome.PartiallyMet, c.Outcome);
        Assert.Empty(c.MissingEvidence);
    }

    [Fact]
    public void Rules_ThatFindNothing_AreNotListedAmongRulesFired_ButALoweredElementListsItsRule()
    {
        var standards = Rules(
            Rule("nothing", "{ each: programmes, as: p, where: \"p.targeted && !p.targeted\" }", "criterion: way-5-portfolio-has-targeted, outcome: not-met, reason: never"),
            Rule("element", "{ each: programmes, as: p, where: \"p.targeted\" }", "criterion: way-5-targeted-programme-features, outcome: partially-met, reason: r, element: p"));
        var a = Assess(standards, Read(standards, "strong-acute-trust.yaml"));
        Assert.DoesNotContain("rule:nothing", a.Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted").RulesFired);
        var way5 = Way5(a);
        Assert.Contains("rule:element", way5.Elements.Single(e => e.Subject == "prog-02").RulesFired);
        Assert.DoesNotContain("rule:element", way5.Elements.Single(e => e.Subject == "prog-01").RulesFired);
    }

    [Fact]
    public void Rule_ErrorReadingASensitiveField_IsWithheld()
    {
        var standards = Rules(Rule("names", "{ each: boardMembers, as: m, where: \"int(m.name) > 0\" }", "criterion: lcf-member-edi-objective, outcome: not-met, reason: r, element: m"));
        var document = Read(standards, "strong-acute-trust.yaml", t => t.EditFirst("  - id: bm-01\n", "  - id: bm-01\n    name: Jane Secretname\n"));
        var json = InclusionStandards.Assessments.Json.AssessmentJson.Serialize(Assess(standards, document));
        Assert.DoesNotContain("Secretname", json, StringComparison.Ordinal);
        Assert.Contains("withheld", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_OverTheBudget_LeavesEveryElementItCouldConcernUndecided()
    {
        var standards = Rules(Rule("cubed", "{ each: boardMembers, as: a } | { each: boardMembers, as: b } | { each: boardMembers, as: c, where: \"c.voting && a.voting && b.voting\" }",
            "criterion: lcf-member-edi-objective, outcome: not-met, reason: r, element: a"));
        var document = Read(standards, "strong-acute-trust.yaml");
        var members = document.Elements["boardMembers"];
        var many = Enumerable.Range(0, 60).Select(i => members[i % members.Length].ToBuilder().Set("id", $"bm-x{i}").Build()).ToList();
        var big = document with
        {
            Root = document.Root.ToBuilder().Set("boardMembers", many.Cast<object?>().ToList()).Build(),
            Elements = document.Elements.SetItem("boardMembers", [.. many]),
        };

        var c = Assess(standards, big).Criteria.Single(x => x.CriterionId == "lcf-member-edi-objective");
        Assert.All(c.Elements.Where(e => e.Outcome != Outcome.NotApplicable), e => Assert.Equal(Outcome.InsufficientEvidence, e.Outcome));
        Assert.Contains(c.Elements, e => e.Error?.Contains("100,000", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void LiveEvaluation_ReplacingAnElementOfAListOnlyRulesAndRootConditionsRead_RerunsThem()
    {
        var standards = Rules(Rule("hours", "{ each: ftsuGuardians, as: g, where: \"g.ringFencedHoursPerWeek < 10.0\" }", "criterion: way-5-portfolio-has-targeted, outcome: not-met, reason: too few hours"));
        var document = Read(standards, "strong-acute-trust.yaml");
        var live = LiveEvaluation.Start(standards, document, Date)!;
        Assert.Equal(Outcome.Met, live.Assess().Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted").Outcome);

        live.ReplaceElement("ftsuGuardians", 0, document.Elements["ftsuGuardians"][0].ToBuilder().Set("ringFencedHoursPerWeek", 5.0).Set("trainedWithWresExperts", false).Build());

        static IEnumerable<string> Describe(Assessment a) => a.Criteria.Select(c => $"{c.CriterionId}={c.Outcome}|{string.Join(";", c.Reasons)}");
        Assert.Equal(Describe(Assess(standards, live.Evidence)), Describe(live.Assess()));
        Assert.Equal(Outcome.NotMet, live.Assess().Criteria.Single(x => x.CriterionId == "way-5-portfolio-has-targeted").Outcome);
    }
}
