using System.Text.RegularExpressions;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary>
/// The YAML examples of the policy guide (<c>standards/README.md</c>) stay true: each is put where the guide says it
/// goes, in a copy of the shipped standards, which must then validate clean and pass the example's rule tests.
/// </summary>
public sealed partial class GuideExamplesTests
{
    private static List<string> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot, "standards", "README.md"));
        var blocks = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var indent = open.Groups[1].Value.Length;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
            }

            blocks.Add(string.Join("\n", body));
        }

        return blocks;
    }

    [Fact]
    public void GuideExamples_PutIntoTheStandards_ValidateAndPassTheirTests()
    {
        var examples = Examples();
        Assert.True(examples.Count >= 4, $"expected the guide's examples, found {examples.Count}");
        var root = Directory.CreateTempSubdirectory();
        try
        {
            var copy = Path.Combine(root.FullName, "standards");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot, "standards"), "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(RepoRoot, "standards"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var tests = new List<string>();
            var placed = 0;
            foreach (var example in examples)
            {
                var content = example.Split('\n').Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
                if (content.Count == 0)
                {
                    continue; // a comment only (the schema line)
                }

                if (content[0].StartsWith("- id:", StringComparison.Ordinal) && content.Any(l => l.TrimStart().StartsWith("met:", StringComparison.Ordinal)))
                {
                    PlaceCriterion(copy, example);
                }
                else if (content[0].StartsWith("rules:", StringComparison.Ordinal))
                {
                    Directory.CreateDirectory(Path.Combine(copy, "rules"));
                    File.WriteAllText(Path.Combine(copy, "rules", "guide-example-rules.yaml"),
                        "kind: rules\nid: guide-example-rules\nversion: 0.1.0\ntitle: The guide's example rule\nstatus: draft\n"
                        + "sources:\n  - { id: deeds-words-2020, document: Inclusive Leadership and Culture in the NHS, publisher: Deeds and Words, year: 2020 }\n"
                        + example + "\n");
                }
                else if (content[0].StartsWith("- name:", StringComparison.Ordinal))
                {
                    tests.Add(example);
                }
                else
                {
                    Assert.Fail($"The guide has a YAML example this test does not know where to put:\n{example}");
                }

                placed++;
            }

            Assert.Equal(3, placed);
            var testFile = Path.Combine(copy, "tests", "guide-example-tests.yaml");
            File.WriteAllText(testFile, "kind: rule-tests\nid: guide-example-tests\ntests:\n" + string.Join("\n", tests) + "\n");

            var (exit, output, err) = Run("validate", copy);
            Assert.True(exit == 0, output + err);
            Assert.Contains("0 error(s), 0 warning(s)", output + err, StringComparison.Ordinal);

            var (testExit, testOutput, testErr) = Run("test", testFile, "--standards", copy);
            Assert.True(testExit == 0, testOutput + testErr);
            Assert.Matches(@"^[2-9]\d* passed, 0 failed$", testOutput.Trim().Split('\n')[^1]);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Puts a criterion example under the quality statement its id starts with (<c>inc-s3-…</c> → <c>inc-s3</c>).</summary>
    private static void PlaceCriterion(string standards, string example)
    {
        var id = Regex.Match(example, @"^- id: (\S+)").Groups[1].Value;
        var statement = Regex.Match(id, @"^inc-s\d+").Value;
        Assert.False(string.IsNullOrEmpty(statement), $"the guide's criterion '{id}' names no inclusive-domain statement");
        var file = Path.Combine(standards, "domains", "inclusive-domain.yaml");
        var text = File.ReadAllText(file);
        var at = text.IndexOf($"  - id: {statement}\n", StringComparison.Ordinal);
        var criteria = text.IndexOf("    criteria:\n", at, StringComparison.Ordinal) + "    criteria:\n".Length;
        Assert.True(at >= 0 && criteria > at, $"statement {statement} not found");
        var indented = string.Join("\n", example.Split('\n').Select(l => l.Length > 0 ? "      " + l : l)) + "\n";
        File.WriteAllText(file, text.Insert(criteria, indented));
        Assert.Contains($"- id: {id}", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(\s*)```yaml\s*$")]
    private static partial Regex Fence();
}
