using System.Text.Json;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Cli.Tests.Commands;

public sealed class OtherCommandsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory();

    public void Dispose() => _dir.Delete(true);

    [Fact]
    public void Schema_WritesThreeSchemas_EvidenceKnowsRealFields()
    {
        var (exit, _, error) = CliRunner.Run("schema", "--out", _dir.FullName);
        Assert.True(exit == 0, error);
        using var evidence = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "evidence.schema.json")));
        var root = evidence.RootElement.GetProperty("properties").GetProperty("evidence").GetProperty("properties");
        Assert.True(root.TryGetProperty("boardMembers", out _));
        Assert.True(evidence.RootElement.GetProperty("definitions").TryGetProperty("Organisation", out _));
        using var standards = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "standards.schema.json")));
        Assert.True(standards.RootElement.GetProperty("definitions").GetProperty("domain").GetProperty("properties").TryGetProperty("statements", out _));
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "rule-tests.schema.json")));
    }

    [Fact]
    public void Docs_ShippedStandards_EveryPageHasUniqueIds()
    {
        var (exit, _, error) = CliRunner.Run("docs", "--out", _dir.FullName);
        Assert.True(exit == 0, error);
        foreach (var page in _dir.GetFiles("*.html"))
        {
            var ids = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page.FullName), "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{page.Name}: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public void Docs_ShippedStandards_ShowVocabulariesFieldsScalesAndRoles()
    {
        var (exit, _, error) = CliRunner.Run("docs", "--out", _dir.FullName);
        Assert.True(exit == 0, error);
        string Page(string id) => File.ReadAllText(Path.Combine(_dir.FullName, id + ".md"));

        Assert.Contains("- `race`: Race", Page("shared-vocabularies"), StringComparison.Ordinal);
        Assert.Contains("| `boardMembers` | list&lt;BoardMember&gt; |", Page("evidence"), StringComparison.Ordinal);
        Assert.Contains("Elements are identified by `id`.", Page("evidence"), StringComparison.Ordinal);
        var scoring = Page("cqc-style");
        Assert.Contains("| 4 | Exceptional | 0.875 to 1 |", scoring, StringComparison.Ordinal);
        Assert.Contains("| Good | 63 to below 88 |", scoring, StringComparison.Ordinal);
        Assert.Contains("When `anyLevelAtMost(1)`, the rating is at most **Requires improvement**", scoring, StringComparison.Ordinal);
        Assert.Contains("Outcome values: met = 1, partially-met = 0.5, not-met = 0.", scoring, StringComparison.Ordinal);
        var framework = Page("lcf-board");
        Assert.Contains("## Rating scale", framework, StringComparison.Ordinal);
        Assert.Contains("(not scored)", framework, StringComparison.Ordinal);
        Assert.Contains("## Roles", framework, StringComparison.Ordinal);
        Assert.Contains("- With no elements: not-met", Page("leadership-intervention-objectives"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FrameworkRoleOutsideTheBoardRolesVocabulary_IsAnErrorWithASuggestion()
    {
        var (standards, framework) = ShippedCopy(Path.Combine("frameworks", "lcf-board.yaml"));
        File.WriteAllText(framework, File.ReadAllText(framework).Edit("{ role: chair, domains", "{ role: chiar, domains"));

        var (exit, output, error) = CliRunner.Run("validate", standards);

        Assert.Equal(1, exit);
        Assert.Contains("error STD204: Role 'chiar'", output + error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'chair'?", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RoleListingAnUnknownDomain_IsReportedAtThatDomain()
    {
        var (standards, framework) = ShippedCopy(Path.Combine("frameworks", "lcf-board.yaml"));
        var lines = File.ReadAllLines(framework).ToList();
        var at = lines.FindIndex(l => l.Contains("{ role: chair, domains: [lcf-d1, lcf-d2", StringComparison.Ordinal));
        lines[at] = lines[at].Edit("lcf-d1, lcf-d2", "lcf-d1, lcf-dd2");
        File.WriteAllLines(framework, lines);

        var (exit, output, error) = CliRunner.Run("validate", standards);

        Assert.Equal(1, exit);
        Assert.Contains($"lcf-board.yaml:{at + 1}:{lines[at].IndexOf("lcf-dd2", StringComparison.Ordinal) + 1}: error STD204", output + error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'lcf-d2'?", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CategoryOnAFrameworkCriterion_IsAWarningAtTheCategory()
    {
        var (standards, framework) = ShippedCopy(Path.Combine("frameworks", "lcf-board.yaml"));
        var lines = File.ReadAllLines(framework).ToList();
        var met = lines.FindIndex(l => l.TrimStart().StartsWith("met:", StringComparison.Ordinal));
        var indent = lines[met][..(lines[met].Length - lines[met].TrimStart().Length)];
        lines.Insert(met + 1, indent + "category: processes");
        File.WriteAllLines(framework, lines);

        var (exit, output, error) = CliRunner.Run("validate", standards);

        Assert.Equal(0, exit);
        Assert.Contains($"lcf-board.yaml:{met + 2}:{indent.Length + 11}: warning STD113", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_StandardWithIdIndex_DoesNotOverwriteTheIndexPage()
    {
        var standards = Directory.CreateDirectory(Path.Combine(_dir.FullName, "standards"));
        foreach (var file in Directory.GetFiles(Path.Combine(Tests.CliRunner.RepoRoot, "standards"), "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains("tests", StringComparison.Ordinal) && !f.Contains("examples", StringComparison.Ordinal) && !f.Contains("mappings", StringComparison.Ordinal)))
        {
            var target = Path.Combine(standards.FullName, Path.GetRelativePath(Path.Combine(Tests.CliRunner.RepoRoot, "standards"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            File.WriteAllText(target, file.EndsWith("edi-improvement-plan.yaml", StringComparison.Ordinal) ? text.Edit("\nid: edi-improvement-plan-actions\n", "\nid: index\n") : text);
        }

        var output = Path.Combine(_dir.FullName, "out");
        var (exit, _, error) = CliRunner.Run("docs", standards.FullName, "--out", output);

        Assert.True(exit == 0, error);
        Assert.StartsWith("# Standards", File.ReadAllText(Path.Combine(output, "index.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "index.standard.html")));
        Assert.Contains("href=\"index.standard.html\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_WritesPagePerStandardAndIndex()
    {
        var (exit, _, error) = CliRunner.Run("docs", "--out", _dir.FullName);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "index.html")));
        var md = Directory.GetFiles(_dir.FullName, "*.md").Where(f => !f.EndsWith("index.md", StringComparison.Ordinal)).ToList();
        Assert.True(md.Count >= 10);
        Assert.Contains(md.Select(File.ReadAllText), t => t.Contains("- Met when: `", StringComparison.Ordinal) && t.Contains("## Sources", StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_TextWithHtmlOrScriptLinks_IsShownAsTextNeverAsMarkup()
    {
        var standards = Path.Combine(_dir.FullName, "standards");
        CopyDirectory(Path.Combine(Tests.CliRunner.RepoRoot, Tests.CliRunner.FixtureStandards), standards);
        var domain = Path.Combine(standards, "domains", "domain.yaml");
        var text = File.ReadAllText(domain);
        var hostile = text
            .Edit("title: Leaders own inclusion", "title: \"Leaders <img src=x onerror=alert(1)> own inclusion\"")
            .Edit("title: Every voting board member has an EDI objective", "title: \"Every [member](javascript:alert(2)) has an *EDI* objective\"");
        Assert.NotEqual(text, hostile);
        File.WriteAllText(domain, hostile);
        var pages = Path.Combine(_dir.FullName, "pages");

        var (exit, _, error) = CliRunner.Run("docs", standards, "--out", pages);

        Assert.True(exit == 0, error);
        var html = string.Concat(Directory.GetFiles(pages, "*.html").Select(File.ReadAllText));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Leaders &lt;img src=x onerror=alert(1)&gt; own inclusion", html, StringComparison.Ordinal);
        Assert.Contains("<em>EDI</em>", html, StringComparison.Ordinal); // the author's emphasis still renders
    }

    [Fact]
    public void RulesFile_IsValidatedDocumentedEvaluatedAndTested_EndToEnd()
    {
        var (standards, rulesFile) = ShippedCopy(Path.Combine("rules", "programme-rules.yaml"));
        Directory.CreateDirectory(Path.GetDirectoryName(rulesFile)!);
        File.WriteAllText(rulesFile, """
            kind: rules
            id: programme-rules
            version: 0.1.0
            title: Programme rules
            status: draft
            sources:
              - { id: lio, document: Inclusive Leadership and Culture in the NHS, publisher: Deeds and Words, year: 2020 }
            rules:
              - id: targeted-without-funded-network
                description: A targeted programme needs a staff network with a budget behind it.
                when:
                  - { each: programmes, as: p, where: "p.targeted" }
                  - { not: { each: staffNetworks, as: n, where: "n.annualBudget >= 10000.0" } }
                then: { derive: { type: Finding, criterion: way-5-targeted-programme-features, outcome: partially-met, reason: "no network has a budget of 10,000 or more", element: p } }
            """);
        var tests = Path.Combine(_dir.FullName, "rule-tests.yaml");
        File.WriteAllText(tests, $"""
            kind: rule-tests
            id: programme-rule-tests
            tests:
              - name: the targeted programme is lowered by the rule
                base: {Path.Combine(standards, "examples", "strong-acute-trust.yaml")}
                expect:
                  way-5-targeted-programme-features[prog-02]: partially-met
                  way-5-targeted-programme-features: partially-met
                  way-5-portfolio-has-targeted: met
            """);

        var (validate, validateOut, validateError) = CliRunner.Run("validate", standards);
        Assert.True(validate == 0, validateOut + validateError);
        Assert.Contains("0 error(s), 0 warning(s)", validateOut + validateError, StringComparison.Ordinal);

        var pages = Path.Combine(_dir.FullName, "pages");
        Assert.Equal(0, CliRunner.Run("docs", standards, "--out", pages).Exit);
        var page = File.ReadAllText(Path.Combine(pages, "programme-rules.md"));
        Assert.Contains("- No `n` in `staffNetworks` where `n.annualBudget >= 10000.0`", page, StringComparison.Ordinal);
        Assert.Contains("- Then the element `p` of `way-5-targeted-programme-features` is at most **partially-met**", page, StringComparison.Ordinal);

        var (evaluate, json, evaluateError) = CliRunner.Run("evaluate", Path.Combine(standards, "examples", "strong-acute-trust.yaml"), "--standards", standards);
        Assert.True(evaluate == 0, evaluateError);
        Assert.Contains("partially-met by rule 'targeted-without-funded-network' (matched programmes[prog-02]): no network has a budget of 10,000 or more", json, StringComparison.Ordinal);
        Assert.Contains("\"rule:targeted-without-funded-network\"", json, StringComparison.Ordinal);

        var (explain, why, explainError) = CliRunner.Run("explain", Path.Combine(standards, "examples", "strong-acute-trust.yaml"), "--criterion", "way-5-targeted-programme-features[prog-02]", "--standards", standards);
        Assert.True(explain == 0, explainError);
        Assert.Contains("rule:targeted-without-funded-network (", why, StringComparison.Ordinal);
        Assert.Contains("what rule 'targeted-without-funded-network' matches in programmes, staffNetworks", why, StringComparison.Ordinal);

        var (test, testOut, testError) = CliRunner.Run("test", tests, "--standards", standards);
        Assert.True(test == 0, testOut + testError);
        Assert.Contains("3 passed, 0 failed", testOut, StringComparison.Ordinal);
    }

    /// <summary>A copy of the shipped standards folder to edit, and the path of one of its files.</summary>
    private (string Standards, string File) ShippedCopy(string file)
    {
        var standards = Path.Combine(_dir.FullName, "standards");
        CopyDirectory(Path.Combine(Tests.CliRunner.RepoRoot, "standards"), standards);
        return (standards, Path.Combine(standards, file));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Diff_RulesAddedAndChanged_AreListedByRule()
    {
        var oldDir = Directory.CreateDirectory(Path.Combine(_dir.FullName, "old"));
        var newDir = Directory.CreateDirectory(Path.Combine(_dir.FullName, "new"));
        const string Rules = """
            kind: rules
            id: r
            version: 0.1.0
            title: R
            status: draft
            sources: [ { id: s, document: D, publisher: P, year: 2020 } ]
            rules:
              - id: r1
                when: [ { each: programmes, as: p } ]
                then: { derive: { type: Finding, criterion: c1, outcome: partially-met, reason: why } }

            """;
        File.WriteAllText(Path.Combine(oldDir.FullName, "r.yaml"), Rules);
        File.WriteAllText(Path.Combine(newDir.FullName, "r.yaml"), Rules.Edit("outcome: partially-met", "outcome: not-met")
            + "  - id: r2\n    description: Second\n    when: [ { each: programmes, as: p } ]\n    then: { derive: { type: Finding, criterion: c1, outcome: not-met, reason: why } }\n");

        var (exit, output, _) = CliRunner.Run("diff", oldDir.FullName, newDir.FullName);

        Assert.Equal(0, exit);
        Assert.Contains("~ rule r1: outcome 'partially-met' → 'not-met'", output, StringComparison.Ordinal);
        Assert.Contains("+ rule r2 added: derives not-met on c1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_NewVersionWithAnUnreadableFile_FailsInsteadOfReportingItRemoved()
    {
        var (standards, file) = ShippedCopy(Path.Combine("domains", "inclusive-domain.yaml"));
        File.WriteAllText(file, File.ReadAllText(file) + "\n  - { broken: [1, }\n");

        var (exit, output, error) = CliRunner.Run("diff", Path.Combine(Tests.CliRunner.RepoRoot, "standards"), standards);

        Assert.Equal(2, exit);
        Assert.Contains("STD002", error, StringComparison.Ordinal);
        Assert.DoesNotContain("removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_EvidenceFieldsAddedRemovedAndChanged_AreListed()
    {
        var (standards, file) = ShippedCopy(Path.Combine("evidence", "evidence.yaml"));
        var text = File.ReadAllText(file);
        var edited = text.Edit("appointed: { type: int, unit: people, min: 0, max: 2000000, atMost: shortlisted }", "appointed: { type: int, unit: people, min: 0, max: 2000000 }")
            .Edit("      shortlistingPanels: { type: int, unit: count, min: 0, max: 2000000 }\n", "      shortlistingPanels: { type: int, unit: count, min: 0, max: 2000000 }\n      interviewPanels: { type: int, unit: count, min: 0 }\n");
        Assert.DoesNotContain("atMost: shortlisted", edited, StringComparison.Ordinal); // both edits applied
        Assert.Contains("interviewPanels", edited, StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(file, edited.Edit("version: 0.1.0", "version: 0.2.0"));

        var (exit, output, _) = CliRunner.Run("diff", Path.Combine(Tests.CliRunner.RepoRoot, "standards"), standards);

        Assert.Equal(0, exit);
        Assert.Contains("~ evidence field ShortlistCounts.appointed: int, people, min 0, max 2000000, atMost shortlisted → int, people, min 0, max 2000000", output, StringComparison.Ordinal);
        Assert.Contains("+ evidence field Recruitment.interviewPanels added: int, count, min 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_ChangedCriterionWithoutVersionBump_ReportsChangeAndWarns()
    {
        var oldDir = Directory.CreateDirectory(Path.Combine(_dir.FullName, "old"));
        var newDir = Directory.CreateDirectory(Path.Combine(_dir.FullName, "new"));
        const string Domain = """
            kind: domain
            id: d
            version: 0.1.0
            title: D
            status: draft
            sources: [ { id: s, document: D, publisher: P, year: 2020 } ]
            keyQuestion: inclusive
            statements:
              - id: st
                title: T
                statement: S
                sources: [ { ref: s } ]
                criteria:
                  - { id: c1, title: C, statement: S, met: "true", sources: [ { ref: s } ] }
            """;
        File.WriteAllText(Path.Combine(oldDir.FullName, "d.yaml"), Domain);
        File.WriteAllText(Path.Combine(newDir.FullName, "d.yaml"), Domain.Edit("met: \"true\"", "met: \"false\"")
            + "\n      - { id: c2, title: New, statement: S, met: \"true\", sources: [ { ref: s } ] }\n");
        var (exit, output, _) = CliRunner.Run("diff", oldDir.FullName, newDir.FullName);
        Assert.Equal(0, exit);
        Assert.Contains("~ criterion c1: met changed", output, StringComparison.Ordinal);
        Assert.Contains("+ criterion c2 added", output, StringComparison.Ordinal);
        Assert.Contains("warning DIFF001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_ChangesThatMoveOutcomes_AreEachReported_AndAVersionGoingDownWarns()
    {
        var root = Path.Combine(Tests.CliRunner.RepoRoot, "standards");
        var oldDir = Path.Combine(_dir.FullName, "old");
        var newDir = Path.Combine(_dir.FullName, "new");
        CopyDirectory(root, oldDir);
        CopyDirectory(root, newDir);
        void Edit(string file, string from, string to)
        {
            var path = Path.Combine(newDir, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Edit(from, to));
        }

        Edit(Path.Combine("scoring", "cqc-style.yaml"), "capAt: Requires improvement", "capAt: Good");
        Edit(Path.Combine("scoring", "cqc-style.yaml"), "partially-met: 0.5", "partially-met: 0.4");
        Edit(Path.Combine("domains", "inclusive-domain.yaml"), "version: 0.1.0", "version: 0.0.9");
        Edit(Path.Combine("domains", "inclusive-domain.yaml"), "category: processes", "category: outcomes");

        var (exit, output, _) = CliRunner.Run("diff", oldDir, newDir);

        Assert.Equal(0, exit);
        Assert.Contains("~ scoring cqc-style limiters: anyLevelAtMost(1) → at most Requires improvement → anyLevelAtMost(1) → at most Good", output, StringComparison.Ordinal);
        Assert.Contains("~ scoring cqc-style outcomeValues: met 1, partially-met 0.5, not-met 0 → met 1, partially-met 0.4, not-met 0", output, StringComparison.Ordinal);
        Assert.Matches(@"~ criterion \S+: category 'processes' → 'outcomes'", output);
        Assert.Contains("warning DIFF002", output, StringComparison.Ordinal);
    }
}
