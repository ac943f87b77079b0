using System.Text.Json;

namespace InclusionStandards.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Broken = """
        kind: domain
        id: Broken_Domain
        version: 1.0
        titel: A broken domain
        status: drafty
        sources:
          - { id: src-a, document: Doc, publisher: Pub, year: 2020 }
        keyQuestion: inclusive
        scoring: no-such-scheme
        statements:
          - id: s1
            title: One
            statement: We do.
            sources: [ { ref: src-x } ]
            criteria:
              - { id: c1, title: C, statement: S, met: "true", sources: [ { ref: src-a } ] }

        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory();

    public void Dispose() => _dir.Delete(true);

    [Fact]
    public void Validate_FileWithSeveralMistakes_ReportsAllExitsOneNoStackTrace()
    {
        var path = Write("broken.yaml", Broken);
        var (exit, output, error) = CliRunner.Run("validate", path);
        Assert.Equal(1, exit);
        foreach (var expected in new[] { ":2:5: error STD105", ":3:10: error STD106", ":4:1: error STD101", ":5:9: error STD104", ":14:23: error STD201" })
        {
            Assert.Contains(path + expected, output, StringComparison.Ordinal);
        }

        Assert.Contains(path + ":9:10: error STD203", output, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'title'?", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ error\(s\), \d+ warning\(s\) in 1 file\(s\)\.", output);
        Assert.Contains("  | version: 1.0\n  |          ^", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmbeddedStandards_ExitZero()
    {
        var (exit, output, _) = CliRunner.Run("validate");
        Assert.True(exit == 0, output);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsDiagnosticsWithPositions()
    {
        var path = Write("broken.yaml", Broken);
        var (exit, output, _) = CliRunner.Run("validate", path, "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var first = doc.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "STD106");
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(10, first.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Validate_Sarif_IsSarif210WithRegions()
    {
        var path = Write("broken.yaml", Broken);
        var (_, output, _) = CliRunner.Run("validate", path, "--format", "sarif");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results");
        var region = results.EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "STD105")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 5), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Validate_MissingPath_DiagnosticNotException()
    {
        var (exit, output, error) = CliRunner.Run("validate", Path.Combine(_dir.FullName, "nope"));
        Assert.Equal(1, exit);
        Assert.Contains("error STD005", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var (exit, _, error) = CliRunner.Run("validat");
        Assert.Equal(2, exit);
        Assert.Contains("validat", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BinaryGarbage_DiagnosticNotException()
    {
        var path = Path.Combine(_dir.FullName, "garbage.yaml");
        File.WriteAllBytes(path, [0xFF, 0xFE, 0x00, 0x41, 0xC3, 0x28]);
        var (exit, output, error) = CliRunner.Run("validate", path);
        Assert.Equal(1, exit);
        Assert.Contains("error STD", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
