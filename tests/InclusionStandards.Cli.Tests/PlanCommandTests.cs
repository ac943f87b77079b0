using static InclusionStandards.Cli.Tests.CliRunner;

namespace InclusionStandards.Cli.Tests;

/// <summary><c>inclusion plan</c> end to end on the shipped standards and the struggling-trust example.</summary>
public sealed class PlanCommandTests
{
    private static string Struggling => Path.Combine("standards", "examples", "struggling-trust.yaml");

    [Fact]
    public void Plan_Csv_CoversEveryOpenCriterion_EachRowWithActionOwnerAndIsoDate()
    {
        var (exit, json, err) = Run("evaluate", Struggling);
        Assert.True(exit == 0, err);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var open = doc.RootElement.GetProperty("criteria").EnumerateArray()
            .Where(c => !c.TryGetProperty("subject", out _) && c.GetProperty("outcome").GetString() is "not-met" or "partially-met")
            .Select(c => c.GetProperty("criterionId").GetString()!).ToHashSet();

        var file = TempFile(".csv");
        try
        {
            (exit, _, err) = Run("plan", Struggling, "--format", "csv", "--out", file);
            Assert.True(exit == 0, err);
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split(',').ToList();
            var (id, action, owner, due, source) = (header.IndexOf("criterionId"), header.IndexOf("action"), header.IndexOf("owner"), header.IndexOf("due"), header.IndexOf("source"));
            Assert.True(id >= 0 && action >= 0 && owner >= 0 && due >= 0 && source >= 0, lines[0]);
            var rows = lines.Skip(1).Select(Fields).ToList();
            Assert.Equal(open.Order(StringComparer.Ordinal), rows.Select(r => r[id]).Order(StringComparer.Ordinal));
            Assert.All(rows, r =>
            {
                Assert.False(string.IsNullOrWhiteSpace(r[action]));
                Assert.False(string.IsNullOrWhiteSpace(r[owner]));
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r[due]);
                Assert.False(string.IsNullOrWhiteSpace(r[source]));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("md", "# Draft action plan: Eastmarsh Hospitals NHS Trust (fictional)")]
    [InlineData("html", "<h2 id=\"action-plan-heading\">Draft action plan</h2>")]
    public void Plan_MarkdownAndHtml_WriteThePlan(string format, string expected)
    {
        var (exit, output, err) = Run("plan", Struggling, "--format", format);
        Assert.True(exit == 0, err);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("Chief people officer", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BadInput_Exits2WithADiagnostic()
    {
        var (exit, _, err) = Run("plan", "no-such-evidence.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("EVD100", err, StringComparison.Ordinal);
        (exit, _, _) = Run("plan", Struggling, "--format", "pdf");
        Assert.Equal(2, exit);
    }

    /// <summary>Splits one RFC 4180 line (quoted fields may hold commas and doubled quotes).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
