using System.Text.Json;
using System.Text.Json.Nodes;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Output;

/// <summary>Writes diagnostics as text (with caret lines), JSON or SARIF 2.1.0.</summary>
internal static class DiagnosticWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void WriteText(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var lines = new SourceLines();
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
            if (d.Detail is null && d.Location is { } at && lines.Line(at.File, at.Line) is { } source)
            {
                output.WriteLine("  | " + source);
                output.WriteLine("  | " + new string(' ', Math.Max(0, at.Column - 1)) + "^");
            }
        }

        output.WriteLine(Summary(diagnostics, fileCount));
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return $"{errors} error(s), {warnings} warning(s) in {fileCount} file(s).";
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var root = new JsonObject
        {
            ["files"] = fileCount,
            ["errors"] = diagnostics.Count(d => d.IsError),
            ["warnings"] = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["message"] = d.Message,
                ["file"] = d.Location?.File,
                ["line"] = d.Location?.Line,
                ["column"] = d.Location?.Column,
            })]),
        };
        output.WriteLine(root.ToJsonString(Indented));
    }

    public static void WriteSarif(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)
            .Select(c => (JsonNode)new JsonObject { ["id"] = c, ["helpUri"] = $"docs/diagnostics.md#{c.ToLowerInvariant()}" });
        var results = diagnostics.Select(d =>
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Code,
                ["level"] = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" },
                ["message"] = new JsonObject { ["text"] = d.Message },
            };
            if (d.Location is { } at)
            {
                result["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = at.File.Replace('\\', '/') },
                        ["region"] = new JsonObject { ["startLine"] = at.Line, ["startColumn"] = at.Column },
                    },
                });
            }

            return (JsonNode)result;
        });
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "inclusion", ["rules"] = new JsonArray([.. rules]) } },
                ["results"] = new JsonArray([.. results]),
            }),
        };
        output.WriteLine(sarif.ToJsonString(Indented));
    }
}
