using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Model;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static Assessment Evaluate(string example, bool engine = true)
    {
        var read = TestCatalog.Standards.Evidence.ReadFile(TestCatalog.Example(example));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return new Evaluator(TestCatalog.Standards).Evaluate(read.Document!, read.Document!.AssessmentDate ?? new DateOnly(2024, 6, 30));
    }

    [Theory]
    [InlineData("strong-acute-trust.yaml")]
    [InlineData("struggling-trust.yaml")]
    [InlineData("icb-partial-evidence.yaml")]
    public void Evaluate_Example_EveryCriterionHasAResultAndScopesAreRated(string example)
    {
        var a = Evaluate(example);
        Assert.Equal(TestCatalog.Standards.Criteria.Length, a.Criteria.Count(c => TestCatalog.Standards.Criteria.Any(x => x.Id == c.CriterionId)));
        Assert.NotEmpty(a.Scopes);
        Assert.All(a.Criteria.Where(c => c.Outcome == Outcome.InsufficientEvidence && c.Error is null && c.Elements.IsEmpty), c => Assert.NotEmpty(c.MissingEvidence));
    }

    [Fact]
    public void Evaluate_MissingEvidenceOfElements_IsNamedByTheElementsKey_WhateverTheOrder()
    {
        var a = Evaluate("icb-partial-evidence.yaml");
        var text = File.ReadAllText(TestCatalog.Example("icb-partial-evidence.yaml"));
        var read = TestCatalog.Standards.Evidence.Parse(text, "icb.yaml");
        var members = read.Document!.Elements["boardMembers"];
        var root = read.Document.Root.ToBuilder().Set("boardMembers", members.Reverse().Cast<object?>().ToList()).Build();
        var reordered = read.Document with { Root = root, Elements = read.Document.Elements.SetItem("boardMembers", [.. members.Reverse()]) };
        var b = new Evaluator(TestCatalog.Standards).Evaluate(reordered, read.Document.AssessmentDate!.Value);

        Assert.DoesNotContain(a.MissingEvidence, p => p.StartsWith("member.", StringComparison.Ordinal) || p.StartsWith("network.", StringComparison.Ordinal));
        Assert.DoesNotContain(a.MissingEvidence, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^\w+\[\d+\]"));
        Assert.Contains(a.MissingEvidence, p => p.StartsWith("boardMembers[bm-", StringComparison.Ordinal));
        Assert.Equal(a.MissingEvidence.ToArray(), b.MissingEvidence.ToArray());
    }

    [Fact]
    public void Evaluate_CriterionReadingAnOutcomeThatFailed_ReportsTheErrorNotMissingEvidence()
    {
        var text = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml")).Edit("votingMembers: 12, votingBme: 3, votingWhite: 9, votingDisabled: 1, votingWomen: 9,", "votingMembers: 0, votingBme: 0, votingWhite: 0, votingDisabled: 0, votingWomen: 0,");
        var read = TestCatalog.Standards.Evidence.Parse(text, "zero.yaml");
        var a = new Evaluator(TestCatalog.Standards).Evaluate(read.Document!, read.Document!.AssessmentDate!.Value);

        var upstream = a.Criteria.Single(c => c.CriterionId == "lcf-board-composition-race");
        var dependent = a.Criteria.Single(c => c.CriterionId == "inc-s1-board-reflects-workforce");
        Assert.NotNull(upstream.Error);
        Assert.Equal(Outcome.InsufficientEvidence, dependent.Outcome);
        Assert.Contains("lcf-board-composition-race", dependent.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(dependent.MissingEvidence, p => p.StartsWith("outcome(", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_StrongTrust_IsRatedHigherThanStrugglingTrust()
    {
        var strong = Evaluate("strong-acute-trust.yaml").Scopes.Single(s => s.Kind == "domain" && s.ScopeId == "inclusive-domain");
        var weak = Evaluate("struggling-trust.yaml").Scopes.Single(s => s.Kind == "domain" && s.ScopeId == "inclusive-domain");
        Assert.True(strong.Score > weak.Score, $"strong {strong.Score} {strong.Rating}, weak {weak.Score} {weak.Rating}");
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesByteIdenticalJson()
    {
        Assert.Equal(AssessmentJson.Serialize(Evaluate("strong-acute-trust.yaml")), AssessmentJson.Serialize(Evaluate("strong-acute-trust.yaml")));
    }

    [Theory]
    [InlineData("strong-acute-trust.yaml")]
    [InlineData("struggling-trust.yaml")]
    [InlineData("icb-partial-evidence.yaml")]
    public void Evaluate_EngineAndDirectRunner_GiveTheSameOutcomes(string example)
    {
        Assert.Same(StandardsEngine.Own, TestCatalog.Standards.Engine);
        var read = TestCatalog.Standards.Evidence.ReadFile(TestCatalog.Example(example));
        var date = new DateOnly(2024, 6, 30);
        static string Key(CriterionFinding f) => $"{f.CriterionId}[{f.Subject}]={f.Outcome}";
        var engine = new Evaluator(TestCatalog.Standards).Run(read.Document!, date);
        var direct = new Evaluator(TestCatalog.For(StandardsEngine.Direct)).Run(read.Document!, date);
        Assert.Equal(direct.Criteria.Select(Key).Order(), engine.Criteria.Select(Key).Order());
        Assert.Equal(direct.Indicators.Select(i => i.ToString()).Order(), engine.Indicators.Select(i => i.ToString()).Order());
    }

    [Fact]
    public void Evaluate_ElementsInAnotherOrder_GiveTheSameJson()
    {
        var path = TestCatalog.Example("strong-acute-trust.yaml");
        var tree = (InclusionStandards.Model.DataMapping)new InclusionStandards.Evidence.YamlToData(path, InclusionStandards.Evidence.EvidenceLimits.Default).Parse(File.ReadAllText(path)).Node!;
        var evidence = (InclusionStandards.Model.DataMapping)tree["evidence"]!;
        var reversed = evidence with
        {
            Entries = [.. evidence.Entries.Reverse().Select(e => e.Value is InclusionStandards.Model.DataSequence seq
                ? new KeyValuePair<string, InclusionStandards.Model.DataNode>(e.Key, seq with { Items = [.. seq.Items.Reverse()] })
                : e)],
        };
        var shuffled = tree with { Entries = [.. tree.Entries.Select(e => e.Key == "evidence" ? new KeyValuePair<string, InclusionStandards.Model.DataNode>(e.Key, reversed) : e)] };
        var date = new DateOnly(2024, 6, 30);
        var evaluator = new Evaluator(TestCatalog.Standards);
        var original = evaluator.Evaluate(TestCatalog.Standards.Evidence.FromData(tree, "a").Document!, date);
        var other = evaluator.Evaluate(TestCatalog.Standards.Evidence.FromData(shuffled, "a").Document!, date);
        Assert.Equal(AssessmentJson.Serialize(original), AssessmentJson.Serialize(other));
    }
}
