using System.Text.Json;
using InclusionStandards.TestSupport;
using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary>
/// The condition repros through the tool: an edit of the shipped standards that <c>validate</c> accepts is evaluated by
/// <c>evaluate</c> exactly like its literal form; one it refuses is refused at a file, line and column.
/// </summary>
public sealed class ConditionReproCommandTests
{
    private const string Belonging = "actions/belonging-in-the-nhs.yaml";
    private const string Met = "met: \"outcome('lcf-member-domains-appraised') == 'met'\"";
    private const string PartiallyMet = "partiallyMet: \"outcome('lcf-member-domains-appraised') == 'partially-met'\"";
    private const string WdesValue = "value: \"ppGap(percent(workforce.senior.disabled, workforce.senior.headcount), percent(workforce.all.disabled, workforce.all.headcount))\"";

    private static readonly Dictionary<string, (string File, (string From, string To)[] Edited, (string From, string To)[] Literal)> Cases = new()
    {
        ["uint indicator value"] = ("indicators/wdes.yaml", [(WdesValue, "value: \"uint(3)\"")], [(WdesValue, "value: \"3\"")]),
        ["outcome of a constant concatenation"] = (Belonging,
            [(Met, "met: \"outcome('lcf-member-' + 'domains-appraised') == 'met'\""), (PartiallyMet, "partiallyMet: \"outcome('lcf-member-' + 'domains-appraised') == 'partially-met'\"")],
            []),
        ["outcome call inside a string literal"] = (Belonging,
            [(Met, "met: \"outcome('lcf-member-domains-appraised') == 'met' && organisation.name != 'see outcome(\\\"bitn-competency-frameworks-used\\\")'\"")],
            []),
    };

    public static TheoryData<string> Repros => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Repros))]
    public void EditThatValidates_EvaluatesLikeTheLiteralForm(string name)
    {
        var (file, editedEdits, literalEdits) = Cases[name];
        var edited = Copy(file, editedEdits);
        var literal = Copy(file, literalEdits);
        try
        {
            var (validate, output, _) = Run("validate", edited);
            Assert.True(validate == 0, output);
            Assert.Equal(Outcomes(literal), Outcomes(edited));
        }
        finally
        {
            Directory.Delete(edited, recursive: true);
            Directory.Delete(literal, recursive: true);
        }
    }

    [Fact]
    public void OutcomeOfANonConstantArgument_IsRefusedAtTheArgument()
    {
        var edited = Copy(Belonging, (Met, "met: \"outcome(organisation.name) == 'met'\""));
        try
        {
            var (exit, output, err) = Run("validate", edited);
            Assert.Equal(1, exit);
            var text = File.ReadAllText(Path.Combine(edited, Belonging));
            var at = text.IndexOf("organisation.name) ==", StringComparison.Ordinal);
            var line = 1 + text[..at].Count(c => c == '\n');
            var column = at - (text[..at].LastIndexOf('\n') + 1) + 1;
            Assert.Contains($"belonging-in-the-nhs.yaml:{line}:{column}: error STD406", output + err, StringComparison.Ordinal);

        }
        finally
        {
            Directory.Delete(edited, recursive: true);
        }
    }

    private static string[] Outcomes(string standards)
    {
        var (exit, output, err) = Run("evaluate", Path.Combine("standards", "examples", "strong-acute-trust.yaml"), "--standards", standards, "--date", "2024-06-30", "--format", "json");
        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(output);
        var criteria = json.RootElement.GetProperty("criteria").EnumerateArray()
            .Select(c => $"{c.GetProperty("criterionId").GetString()}[{(c.TryGetProperty("subject", out var s) ? s.ToString() : string.Empty)}]={c.GetProperty("outcome").GetString()}");
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray()
            .Select(i => $"{i.GetProperty("indicatorId").GetString()}={(i.TryGetProperty("value", out var v) ? v.ToString() : string.Empty)}");
        return [.. criteria, .. indicators];
    }

    /// <summary>A copy of the shipped standards (no tests, examples or mappings) with edits to one file; each edit must apply.</summary>
    private static string Copy(string file, params (string From, string To)[] edits)
    {
        var root = Path.Combine(RepoRoot, "standards");
        var target = Path.Combine(Path.GetTempPath(), $"inclusion-repro-{Guid.NewGuid():N}");
        foreach (var path in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "tests" or "examples" or "mappings")
            {
                continue;
            }

            var text = File.ReadAllText(path);
            if (relative.Replace('\\', '/') == file)
            {
                text = edits.Aggregate(text, (t, e) => t.EditFirst(e.From, e.To));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.WriteAllText(Path.Combine(target, relative), text);
        }

        return target;
    }
}
