using InclusionStandards.Diagnostics;
using System.Text.RegularExpressions;
using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

public class ShippedStandardsTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void LoadEmbedded_ShippedStandards_NoErrors()
    {
        var result = StandardsLoader.LoadEmbedded();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Catalog.EvidenceSchema);
        Assert.NotEmpty(result.Catalog.EnumerateCriteria());
        Assert.All(StandardsLoader.EmbeddedResourceNames(), n => Assert.DoesNotContain('\\', n));
    }

    [Fact]
    public void LoadEmbedded_SameHashesAsDirectory()
    {
        var embedded = StandardsLoader.LoadEmbedded().Catalog;
        var disk = StandardsLoader.LoadDirectory(Path.Combine(Root, "standards")).Catalog;
        Assert.Equal(disk.ContentHash, embedded.ContentHash);
    }

    [Fact]
    public void BuildEvidenceRecordTypes_ShippedSchema_RootHasOrganisationPeriodAssessmentDate()
    {
        var types = StandardsLoader.LoadEmbedded().Catalog.BuildEvidenceRecordTypes();
        Assert.Equal(["organisation", "period", "assessmentDate"], types.Root.Fields.Take(3).Select(f => f.Name));
        Assert.All(types.All, t => Assert.True(t.IsSealed));
    }

    [Fact]
    public void EveryDiagnosticCode_IsDocumentedAndTested()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md"));
        var tests = string.Concat(Directory.GetFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var loadingTests = string.Concat(Directory.GetFiles(Path.Combine(Root, "tests", "InclusionStandards.Tests", "Loading"), "*.cs").Select(File.ReadAllText));
        var documented = DocumentedCodes(docs);

        // The library's catalog: every code PREFIX + 3 digits, once, with its severity as documented, and tested.
        var library = DiagnosticCodes.All;
        Assert.True(library.Count >= 84, $"only {library.Count} codes in DiagnosticCodes.All");
        foreach (var c in library)
        {
            Assert.Matches(@"^(STD|EVD|CEL|EVL)\d{3}$", c.Code);
            Assert.True(documented.TryGetValue(c.Code, out var warning), $"{c.Code} ({c.Name}) has no row in docs/diagnostics.md");
            Assert.True(warning == (c.Severity == DiagnosticSeverity.Warning), $"{c.Code}: severity {c.Severity} differs from docs/diagnostics.md");
            Assert.False(string.IsNullOrWhiteSpace(c.Meaning), c.Code);
            // EVL001 is the host's fallback when compiling fails without a more specific error; no input is known to reach it.
            if (c.Meaning.StartsWith("Retired", StringComparison.Ordinal) || c.Code == DiagnosticCodes.EvaluationStandardsNotCompiled)
            {
                continue;
            }

            var tested = c.Code.StartsWith("STD", StringComparison.Ordinal)
                ? loadingTests.Contains($"DiagnosticCodes.{c.Name}", StringComparison.Ordinal)
                : tests.Contains($"DiagnosticCodes.{c.Name}", StringComparison.Ordinal) || tests.Contains($"\"{c.Code}", StringComparison.Ordinal) || tests.Contains($"error {c.Code}", StringComparison.Ordinal);
            Assert.True(tested, $"{c.Code} ({c.Name}) has no test");
        }

        // The tool's catalog (the library's tests cannot reference the tool, so it is read from its source).
        var cli = Regex.Matches(File.ReadAllText(Path.Combine(Root, "src", "InclusionStandards.Cli", "CliCodes.cs")),
                @"\[DiagnosticCode\(DiagnosticSeverity\.(\w+), ""(?:[^""\\]|\\.)+""\)\]\s+public const string \w+ = ""(\w+)"";")
            .Select(m => (Code: m.Groups[2].Value, Warning: m.Groups[1].Value == "Warning"))
            .ToList();
        Assert.True(cli.Count >= 20, $"only {cli.Count} codes in CliCodes");
        foreach (var (code, warning) in cli)
        {
            Assert.Matches(@"^(CLI|DIFF)\d{3}$", code);
            Assert.True(documented.TryGetValue(code, out var documentedWarning), $"{code} has no row in docs/diagnostics.md");
            Assert.True(warning == documentedWarning, $"{code}: severity differs from docs/diagnostics.md");
        }

        // Every documented code is in a catalog, and no code is in both or twice.
        var all = library.Select(c => c.Code).Concat(cli.Select(c => c.Code)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Empty(documented.Keys.Except(all));
    }

    [Fact]
    public void DiagnosticCodes_AreWrittenOnlyInTheCatalogs()
    {
        var catalogs = new[] { Path.Combine("src", "InclusionStandards", "Diagnostics"), Path.Combine("src", "InclusionStandards.Cli", "CliCodes.cs") };
        var found = new List<string>();
        var files = Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 300, $"only {files.Count} source files found");
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(Root, file);
            var isCatalog = Path.GetFileName(file).StartsWith("DiagnosticCodes", StringComparison.Ordinal) && relative.StartsWith(catalogs[0], StringComparison.Ordinal)
                || relative == catalogs[1];
            if (isCatalog)
            {
                continue;
            }

            found.AddRange(CodeLiterals(File.ReadLines(file)).Select(l => $"{relative}: {l}"));
        }

        Assert.Empty(found);
    }

    [Fact]
    public void CodeLiterals_FindsACodeInAStringButNotInAComment()
    {
        Assert.Single(CodeLiterals(["x = Diagnostic.Error(\"EVD101\", m, null);"]));
        Assert.Single(CodeLiterals(["w.WriteLine($\"error CLI009: {file} is not one\"); // CLI009"]));
        Assert.Empty(CodeLiterals(["/// <summary>STD104: a value.</summary>", "    // EVD119: once", "x = $\"error {CliCodes.UnknownOption}: …\";"]));
    }

    private static IEnumerable<string> CodeLiterals(IEnumerable<string> lines) =>
        lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(l => Regex.Matches(l, @"""(?:[^""\\\n]|\\.)*""").Any(m => Regex.IsMatch(m.Value, @"\b(STD|EVD|CEL|EVL|CLI|DIFF)\d{3}\b")));

    /// <summary>The codes of the table rows of docs/diagnostics.md, each with whether its row says it is a warning.</summary>
    private static Dictionary<string, bool> DocumentedCodes(string docs) =>
        Regex.Matches(docs, @"^\| ((?:STD|EVD|CEL|EVL|CLI|DIFF)\d{3})( \([^)]*\))? \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Contains("warning", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InclusionStandards.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
