using InclusionStandards.Validation;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests.Batch;

/// <summary>inclusion init as a user runs it, and the schema the shipped examples name.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void Init_WritesATemplateThatEvaluatesAndNamesTheSchemaWrittenBesideIt()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "evidence.yaml");

            var (exit, output, _) = Run("init", "--type", "ambulance-trust", "--out", path);

            Assert.Equal(0, exit);
            Assert.Contains("wrote", output, StringComparison.Ordinal);
            var text = File.ReadAllText(path);
            Assert.StartsWith("# yaml-language-server: $schema=./evidence.schema.json\n", text, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir.FullName, "evidence.schema.json")));
            Assert.Contains("  type: ambulance-trust", text, StringComparison.Ordinal);
            var schema = StandardsLoader.LoadEmbedded().Catalog.EvidenceSchema!;
            foreach (var field in schema.Root.Where(f => f.Name != "organisation"))
            {
                Assert.Contains($"  # {field.Name}:", text, StringComparison.Ordinal);
            }

            Assert.Contains("unit: people", text, StringComparison.Ordinal);
            Assert.Contains("one of: chair, vice-chair", text, StringComparison.Ordinal);
            var (evalExit, evalOut, evalErr) = Run("evaluate", path);
            Assert.True(evalExit == 0, evalErr);
            Assert.Contains("\"type\": \"ambulance-trust\"", evalOut, StringComparison.Ordinal);

            var (againExit, _, againErr) = Run("init", "--out", path);
            Assert.Equal(2, againExit);
            Assert.Contains("does not overwrite", againErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Init_UncommentedListElement_IsValidEvidence()
    {
        var (exit, output, _) = Run("init");
        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        var start = Array.FindIndex(lines, l => l == "  # boardMembers:" || l.StartsWith("  # boardMembers:  #", StringComparison.Ordinal));
        Assert.True(start > 0);
        var member = lines.Skip(start).TakeWhile((l, i) => i == 0 || l.StartsWith("    #", StringComparison.Ordinal))
            .Where(l => l.StartsWith("  # boardMembers", StringComparison.Ordinal) || l.Contains("# - id:", StringComparison.Ordinal) || l.Contains("#   voting:", StringComparison.Ordinal))
            .Select(l => l.Remove(l.IndexOf("# ", StringComparison.Ordinal), 2)).ToList(); // uncommented as a user does: the first "# " only
        var text = string.Join("\n", lines.TakeWhile(l => l != "evidence:")) + "\nevidence:\n"
            + string.Join("\n", member.Select(l => l.Replace("id:  #", "id: bm-01  #", StringComparison.Ordinal).Replace("voting:  #", "voting: true  #", StringComparison.Ordinal))) + "\n";
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "filled.yaml");
            File.WriteAllText(path, text);
            var (evalExit, _, evalErr) = Run("evaluate", path);
            Assert.True(evalExit == 0, text + "\n" + evalErr);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Init_UnknownType_IsRefusedWithASuggestion()
    {
        var (exit, output, err) = Run("init", "--type", "acute-trsut");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("did you mean 'acute-trust'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_NameASchemaFileThatExistsAndIsCurrent()
    {
        foreach (var example in Directory.EnumerateFiles(Path.Combine(RepoRoot, "standards", "examples"), "*.yaml"))
        {
            var first = File.ReadLines(example).First();
            Assert.StartsWith("# yaml-language-server: $schema=", first, StringComparison.Ordinal);
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(example)!, first["# yaml-language-server: $schema=".Length..]));
            Assert.True(File.Exists(target), $"{example} names {target}, which does not exist");
        }

        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Assert.Equal(0, Run("schema", "--out", dir.FullName).Exit);
            Assert.Equal(File.ReadAllText(Path.Combine(dir.FullName, "evidence.schema.json")), File.ReadAllText(Path.Combine(RepoRoot, "schemas", "evidence.schema.json")));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
