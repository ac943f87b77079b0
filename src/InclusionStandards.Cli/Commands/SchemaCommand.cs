using System.CommandLine;
using System.Text.Json;
using InclusionStandards.Cli.Output;
using InclusionStandards.Schemas;

namespace InclusionStandards.Cli.Commands;

/// <summary><c>inclusion schema [--out DIR] [--standards PATH…]</c>: write the JSON Schemas for standards, evidence and rule-test files.</summary>
internal static class SchemaCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var outDir = new Option<string>("--out", "-o") { Description = "Directory to write the schemas to.", DefaultValueFactory = _ => "schemas" };
        var standards = new Option<string[]>("--standards", "-s") { Description = "Standards to take the evidence schema from (default: embedded).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("schema", "Write JSON Schemas: standards.schema.json, evidence.schema.json, rule-tests.schema.json.") { outDir, standards };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var result = StandardsInput.Load(parse.GetValue(standards));
            if (result.HasErrors || result.Catalog.EvidenceSchema is null)
            {
                DiagnosticWriter.WriteText(parse.InvocationConfiguration.Error, result.Diagnostics, result.Files.Length);
                return ExitCodes.Errors;
            }

            StandardsInput.WarnOfWarnings(parse.GetValue(standards), result, parse.InvocationConfiguration.Error);
            var dir = parse.GetValue(outDir)!;
            OutputPaths.PrepareDirectory(dir);
            Write(output, dir, JsonSchemas.StandardsFileName, JsonSchemas.Standards().ToJsonString(Indented));
            Write(output, dir, JsonSchemas.EvidenceFileName, JsonSchemas.Evidence(result.Catalog).ToJsonString(Indented));
            Write(output, dir, JsonSchemas.RuleTestsFileName, JsonSchemas.RuleTests().ToJsonString(Indented));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, string dir, string name, string json)
    {
        var path = Path.Combine(dir, name);
        AtomicFile.WriteText(path, json.ReplaceLineEndings("\n") + "\n");
        output.WriteLine($"wrote {path}");
    }
}
