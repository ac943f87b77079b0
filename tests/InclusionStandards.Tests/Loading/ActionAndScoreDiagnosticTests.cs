using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

/// <summary>STD215 (action and owner) and STD216 (a criterion's own score), on the shipped standards with one edit (the first occurrence).</summary>
public sealed class ActionAndScoreDiagnosticTests
{
    private static List<Diagnostic> LoadWithEdit(string file, string from, string to)
    {
        var root = Path.Combine(TestCatalog.RepoRoot, "standards");
        var skip = new[] { "tests", "examples", "mappings" };
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !skip.Contains(Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0]))
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
        var key = Path.Combine(file.Split('/'));
        var edited = files[key].ReplaceLineEndings("\n");
        var at = edited.IndexOf(from, StringComparison.Ordinal);
        var changed = at < 0 ? edited : edited[..at] + to + edited[(at + from.Length)..];
        Assert.NotEqual(edited, changed);
        files[key] = changed;
        return [.. StandardsLoader.LoadTexts(files).Diagnostics.Where(d => d.IsError)];
    }

    [Fact]
    public void InvalidAction_OwnerNotInTheVocabulary_SuggestsTheNearest()
    {
        var errors = LoadWithEdit("frameworks/lcf-board.yaml", "    owner: chair\n", "    owner: chiar\n");
        var d = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.InvalidAction, d.Code);
        Assert.Contains("Did you mean 'chair'?", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("lcf-board.yaml", d.Location!.File, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAction_ActionWithoutOwner_IsAnError()
    {
        var errors = LoadWithEdit("frameworks/lcf-board.yaml", "    owner: chair\n", "\n");
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.InvalidAction && d.Message.Contains("has an 'action' but no 'owner'", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidScore_AScoreTheMetConditionDoesNotRead_IsAnError()
    {
        var errors = LoadWithEdit("domains/eds-2022.yaml", "        score: eds.outcome1b\n", "        score: eds.outcome1c\n");
        var d = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.InvalidScore, d.Code);
        Assert.Contains("does not read its 'score'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidScore_NotANumberField_OrASchemeWithoutCriterionScores_IsAnError()
    {
        var notNumber = LoadWithEdit("domains/eds-2022.yaml", "        score: eds.outcome1b\n", "        score: eds.stakeholdersInvolved\n");
        Assert.Contains(notNumber, d => d.Code == DiagnosticCodes.InvalidScore && d.Message.Contains("int or double", StringComparison.Ordinal));
        var noRange = LoadWithEdit("scoring/eds-2022.yaml", "criterionScores: { min: 0, max: 3 }\n", "\n");
        Assert.Contains(noRange, d => d.Code == DiagnosticCodes.InvalidScore && d.Message.Contains("criterionScores", StringComparison.Ordinal));
    }
}
