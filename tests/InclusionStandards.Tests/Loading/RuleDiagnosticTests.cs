using InclusionStandards.Diagnostics;
using InclusionStandards.Validation;
using static InclusionStandards.Tests.Loading.Fixtures;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Loading;

/// <summary>Bad <c>kind: rules</c> files: each mistake has its code, line and column.</summary>
public class RuleDiagnosticTests
{
    private const string Rules = """
        kind: rules
        id: board-rules
        version: 0.1.0
        title: Board rules
        status: draft
        sources:
          - { id: src-r, document: D, publisher: P, year: 2020 }
        rules:
          - id: voting-member-without-programme
            when:
              - { each: boardMembers, as: m, where: "m.voting" }
              - { not: { each: programmes, as: p, where: "size(p.objectives) > 0" } }
            then: { derive: { type: Finding, criterion: inc-c1, outcome: not-met, reason: "no programme", element: m } }

        """;

    private static InclusionStandards.Diagnostics.Diagnostic OnlyError(string text, string code)
    {
        var result = LoadWith("rules.yaml", text);
        var d = Single(result, code);
        Assert.True(d.IsError, d.ToString());
        return d;
    }

    private static string With(string from, string to)
    {
        var text = Rules.Edit(from, to);
        Assert.NotEqual(Rules, text);
        return text;
    }

    [Fact]
    public void ValidRules_LoadWithoutDiagnostics()
    {
        var result = LoadWith("rules.yaml", Rules);
        Assert.Empty(result.Diagnostics);
        var rule = result.Catalog.OfKind<InclusionStandards.Model.RulesStandard>().Single().Rules.Single();
        Assert.Equal("inc-c1", rule.Derive!.Criterion);
        Assert.Equal(InclusionStandards.Model.Outcome.NotMet, rule.Derive.Outcome);
        Assert.Equal("m", rule.Derive.Element);
        Assert.True(rule.When[1].Negated);
    }

    [Fact]
    public void NotARootList_PatternOverAnUnknownList_IsAtTheListName()
    {
        var text = With("each: programmes", "each: programmez");
        var d = OnlyError(text, DiagnosticCodes.NotARootList);
        AssertAt(d, "rules.yaml", text, "programmez");
        Assert.Contains("did you mean 'programmes'", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NotARootList_PatternOverAListOfStrings_SaysItMustHoldRecords()
    {
        var text = Fixtures.Evidence.Edit("headcount: { type: int, description: Staff. }", "headcount: { type: int, description: Staff. }\n  tags: { type: list<string>, description: Tags. }");
        Assert.NotEqual(Fixtures.Evidence, text);
        var files = Valid();
        files["evidence.yaml"] = text;
        files["rules.yaml"] = With("each: programmes, as: p, where: \"size(p.objectives) > 0\"", "each: tags, as: p");
        var d = Single(InclusionStandards.Validation.StandardsLoader.LoadTexts(files), DiagnosticCodes.NotARootList);
        Assert.Contains("list of records", d.Message, StringComparison.Ordinal);
        AssertAt(d, "rules.yaml", files["rules.yaml"], "tags");
    }

    [Fact]
    public void UnknownReference_DeriveOnAnUnknownCriterion_IsAtTheCriterion()
    {
        var text = With("criterion: inc-c1", "criterion: inc-c9");
        var d = OnlyError(text, DiagnosticCodes.UnknownReference);
        AssertAt(d, "rules.yaml", text, "inc-c9");
        Assert.Contains("inc-c1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidValue_DeriveMet_IsRefusedAtTheOutcome()
    {
        var text = With("outcome: not-met", "outcome: met");
        var d = OnlyError(text, DiagnosticCodes.InvalidValue);
        AssertAt(d, "rules.yaml", text, "met, reason");
        Assert.Contains("only lower", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidValue_DeriveAnotherType_IsAtTheType()
    {
        var text = With("type: Finding", "type: Flag");
        AssertAt(OnlyError(text, DiagnosticCodes.InvalidValue), "rules.yaml", text, "Flag");
    }

    [Fact]
    public void UnknownKey_InDerive_SuggestsTheKey()
    {
        var text = With("reason: \"no programme\"", "reason: \"no programme\", elemnt: m");
        var d = OnlyError(text, DiagnosticCodes.UnknownKey);
        AssertAt(d, "rules.yaml", text, "elemnt");
        Assert.Contains("element", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKey_DeriveWithoutReason_IsReported()
    {
        var text = With(", reason: \"no programme\"", string.Empty);
        var d = OnlyError(text, DiagnosticCodes.MissingKey);
        AssertAt(d, "rules.yaml", text, "{ type: Finding");
    }

    [Fact]
    public void RuleVariable_TwoPatternsBindOneName_IsAtTheSecond()
    {
        var text = With("as: p,", "as: m,");
        var d = OnlyError(text, DiagnosticCodes.RuleVariable);
        AssertAt(d, "rules.yaml", text, "m, where: \"size");
    }

    [Fact]
    public void RuleVariable_NameHidesARootField_IsReported()
    {
        var text = With("as: m, where: \"m.voting\"", "as: headcount, where: \"headcount.voting\"").Edit("element: m", "element: headcount");
        var d = OnlyError(text, DiagnosticCodes.RuleVariable);
        Assert.Contains("hides", d.Message, StringComparison.Ordinal);
        AssertAt(d, "rules.yaml", text, "headcount, where");
    }

    [Fact]
    public void RuleVariable_ElementBoundByANotPattern_IsAtTheElement()
    {
        var text = With("element: m", "element: p");
        var d = OnlyError(text, DiagnosticCodes.RuleVariable);
        Assert.Contains("no pattern binds", d.Message, StringComparison.Ordinal);
        AssertAt(d, "rules.yaml", text, "element: p", 9);
    }

    [Fact]
    public void RuleVariable_ElementOverAnotherList_IsAtTheElement()
    {
        var text = With("{ not: { each: programmes, as: p, where: \"size(p.objectives) > 0\" } }", "{ each: programmes, as: p }").Edit("element: m", "element: p");
        var d = OnlyError(text, DiagnosticCodes.RuleVariable);
        Assert.Contains("'boardMembers'", d.Message, StringComparison.Ordinal);
        AssertAt(d, "rules.yaml", text, "element: p", 9);
    }

    [Fact]
    public void RuleReadsFindings_WhereCallsOutcome_IsAtTheCall()
    {
        var text = With("where: \"m.voting\"", "where: \"m.voting && outcome('inc-c1') == 'met'\"");
        var d = OnlyError(text, DiagnosticCodes.RuleReadsFindings);
        AssertAt(d, "rules.yaml", text, "outcome('inc-c1')");
    }

    [Fact]
    public void ConditionType_WhereUsesALaterVariable_IsAnError()
    {
        var text = With("where: \"m.voting\"", "where: \"m.voting && size(p.objectives) > 0\"");
        var d = OnlyError(text, DiagnosticCodes.ConditionError);
        AssertAt(d, "rules.yaml", text, "p.objectives");
    }

    [Fact]
    public void ValueOutsideVocabulary_InARulePattern_IsAtTheLiteral()
    {
        var text = With("where: \"m.voting\"", "where: \"m.voting && organisation.type == 'acute'\"");
        AssertAt(OnlyError(text, DiagnosticCodes.ValueOutsideVocabulary), "rules.yaml", text, "'acute'");
    }

    [Theory]
    [InlineData("{ not: { not: { each: programmes, as: p } } }", "not: { each")]
    [InlineData("{ not: { each: programmes, as: p }, where: \"false\" }", "where: \"false\"")]
    [InlineData("{ each: programmes, as: q, not: { each: programmes, as: p } }", "each: programmes, as: q")]
    public void UnknownKey_KeysBesideOrInsideNot_AreRefusedNotIgnored(string pattern, string token)
    {
        var text = With("{ not: { each: programmes, as: p, where: \"size(p.objectives) > 0\" } }", pattern);
        var d = LoadWith("rules.yaml", text).Diagnostics.Where(x => x.Code == DiagnosticCodes.UnknownKey).Order().First();
        AssertAt(d, "rules.yaml", text, token);
    }

    [Theory]
    [InlineData("element: m", "element: ~", "element: ~")]
    [InlineData("reason: \"no programme\"", "reason: \"\"", "\"\", element")]
    [InlineData("where: \"m.voting\"", "where: \"\"", "where: \"\"")]
    public void MissingKey_BlankElementReasonOrWhere_IsReported(string from, string to, string token)
    {
        var text = With(from, to);
        var d = OnlyError(text, DiagnosticCodes.MissingKey);
        AssertAt(d, "rules.yaml", text, token, token.StartsWith("where", StringComparison.Ordinal) || token.StartsWith("element", StringComparison.Ordinal) ? token.IndexOf(' ', StringComparison.Ordinal) + 1 : 0);
    }

    [Theory]
    [InlineData("as: m,", "as: \"\",", "\"\", where")]
    [InlineData("as: m,", "as: \"a b\",", "\"a b\"")]
    [InlineData("as: m,", "as: period,", "period")]
    public void RuleVariable_NotAUsableName_IsAnErrorNotACrash(string from, string to, string token)
    {
        var text = With(from, to).Edit("m.voting", "true").Edit("element: m", "element: p").Edit(", element: p", string.Empty);
        var result = LoadWith("rules.yaml", text);
        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.RuleVariable);
        AssertAt(d, "rules.yaml", text, token);
        Assert.NotNull(InclusionStandards.Evaluation.CompiledStandards.Compile(result.Catalog, out _) ?? (object)"refused, not thrown");
    }

    [Fact]
    public void NotARootList_EmptyEach_IsReportedAtValidation()
    {
        var text = With("each: programmes", "each: \"\"");
        AssertAt(OnlyError(text, DiagnosticCodes.NotARootList), "rules.yaml", text, "\"\", as: p");
    }

    [Fact]
    public void InvalidValue_OutcomeInCapitals_SuggestsOnlyWhatARuleCanDerive()
    {
        var text = With("outcome: not-met", "outcome: NOT-MET");
        var d = OnlyError(text, DiagnosticCodes.InvalidValue);
        Assert.Contains("use not-met or partially-met", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("insufficient-evidence", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKey_EmptyWhen_IsReportedOnce()
    {
        var text = Rules[..Rules.IndexOf("    when:", StringComparison.Ordinal)] + "    when: []\n    then: { derive: { type: Finding, criterion: inc-c1, outcome: not-met, reason: r } }\n";
        AssertAt(OnlyError(text, DiagnosticCodes.MissingKey), "rules.yaml", text, "[]");
    }

    [Fact]
    public void ConditionError_InABlockScalarWithAnIndentationIndicator_IsAtTheToken()
    {
        var text = Rules.Edit("      - { each: boardMembers, as: m, where: \"m.voting\" }\n",
            "      - each: boardMembers\n        as: m\n        where: |2\n             m.voting && m.bad2\n");
        Assert.NotEqual(Rules, text);
        AssertAt(OnlyError(text, DiagnosticCodes.ConditionError), "rules.yaml", text, "bad2");
    }

    [Fact]
    public void WrongType_SalienceBeyondTheWholeNumbers_SaysTheRange()
    {
        var text = With("    when:", "    salience: 2147483648\n    when:");
        var d = OnlyError(text, DiagnosticCodes.WrongType);
        AssertAt(d, "rules.yaml", text, "2147483648");
        Assert.Contains("from -2,147,483,647 to 2,147,483,647", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_NotInsideNot_IsTheOnlyDiagnostic()
    {
        var text = With("{ not: { each: programmes, as: p, where: \"size(p.objectives) > 0\" } }", "{ not: { not: { each: programmes, as: p } } }");
        var d = Assert.Single(LoadWith("rules.yaml", text).Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        AssertAt(d, "rules.yaml", text, "not: { each");
    }

    [Fact]
    public void MissingKey_WhitespaceWhere_IsTheOnlyDiagnostic()
    {
        var text = With("where: \"m.voting\"", "where: \"   \"");
        Assert.Equal(DiagnosticCodes.MissingKey, Assert.Single(LoadWith("rules.yaml", text).Diagnostics).Code);
    }

    [Fact]
    public void TwoNotPatterns_MayShareAName()
    {
        var text = With("    then:", "      - { not: { each: programmes, as: p, where: \"size(p.objectives) > 5\" } }\n    then:");
        Assert.Empty(LoadWith("rules.yaml", text).Diagnostics);
    }
}
