using System.CommandLine;
using System.Globalization;
using System.Text;
using InclusionStandards.Cli.Output;
using InclusionStandards.Model;
using InclusionStandards.Schemas;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// <c>inclusion init [--type T] [--out FILE] [--standards DIR]</c>: writes an evidence template — the organisation
/// and period to fill in, and every field of the evidence schema commented out with its type, unit, allowed values
/// and description — that evaluates as it stands (everything is then missing evidence). With <c>--out</c>, the
/// evidence JSON Schema the template names is written beside it, so editors can check the file as it is filled in.
/// </summary>
internal static class InitCommand
{
    private const int MaxDepth = 8;

    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "The organisation type (a term of the organisation-types vocabulary), e.g. acute-trust." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the template to this file (atomically; an existing file is not overwritten) and evidence.schema.json beside it." };
        var standards = new Option<string?>("--standards") { Description = "A standards directory (default: the standards embedded in the tool)." };
        var command = new Command("init", "Write an evidence template with every field documented (type, unit, allowed values).") { type, output, standards };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var load = StandardsInput.Load(parse.GetValue(standards) is { } dir ? [dir] : null);
            if (load.HasErrors || load.Catalog.EvidenceSchema is not { } schema)
            {
                DiagnosticWriter.WriteText(stderr, load.Diagnostics, load.Files.Length);
                return ExitCodes.BadInput;
            }

            StandardsInput.WarnOfWarnings(parse.GetValue(standards) is { } given ? [given] : null, load, stderr);
            var types = load.Catalog.FindVocabulary("organisation-types")?.Terms.Select(t => t.Id).ToList() ?? [];
            var chosen = parse.GetValue(type);
            if (chosen is not null && types.Count > 0 && !types.Contains(chosen, StringComparer.Ordinal))
            {
                var near = types.OrderBy(t => Distance(t, chosen)).First();
                stderr.WriteLine($"error CLI033: --type '{chosen}' is not an organisation type; did you mean '{near}'? (types: {string.Join(", ", types)}). Nothing was written.");
                return ExitCodes.BadInput;
            }

            var target = parse.GetValue(output);
            if (target is not null)
            {
                // Empty, too long, a link, FIFO or device, or a standards file of this run: CLI020 (CLI004 for a directory).
                OutputPaths.CheckFile(target, [parse.GetValue(standards) ?? string.Empty]);
            }

            if (target is not null && File.Exists(target))
            {
                stderr.WriteLine($"error CLI033: '{target}' exists; init does not overwrite evidence. Give a new file name. Nothing was written.");
                return ExitCodes.BadInput;
            }

            if (target is not null && Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
            {
                stderr.WriteLine($"error CLI033: the folder of --out '{target}' does not exist; nothing was written.");
                return ExitCodes.BadInput;
            }

            var text = Render(load.Catalog, schema, chosen ?? types.FirstOrDefault() ?? "acute-trust", types);
            if (target is null)
            {
                stdout.Write(text);
                return ExitCodes.Ok;
            }

            var schemaPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, JsonSchemas.EvidenceFileName);
            OutputPaths.CheckFile(schemaPath, [parse.GetValue(standards) ?? string.Empty]);
            AtomicFile.Write(schemaPath, w =>
            {
                w.Write(JsonSchemas.Evidence(load.Catalog).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n");
                return true;
            });
            AtomicFile.Write(target, w =>
            {
                w.Write(text);
                return true;
            });
            stdout.WriteLine($"wrote {target} (an evidence template: fill in the organisation and period, uncomment what you have)");
            stdout.WriteLine($"wrote {schemaPath} (the JSON Schema the template names on its first line)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The template text.</summary>
    public static string Render(StandardsCatalog catalog, EvidenceSchema schema, string type, IReadOnlyList<string> types)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=./").Append(JsonSchemas.EvidenceFileName).Append('\n')
          .Append("# Evidence for one organisation and period: evaluate it with `inclusion evaluate THIS-FILE`.\n")
          .Append("# Fill in the organisation and the period. Every field the standards can read is listed below, commented out,\n")
          .Append("# with its type, unit, allowed values and meaning: uncomment the lines you have evidence for and give values.\n")
          .Append("# Anything left out is missing evidence: the criteria that need it come out as insufficient-evidence.\n")
          .Append("# The JSON Schema named on the first line is written beside this file by `inclusion init --out FILE`\n")
          .Append("# (or by `inclusion schema --out DIR`).\n");
        var org = schema.FindType(EvidenceSchema.OrganisationTypeName);
        sb.Append("organisation:\n");
        foreach (var f in org?.Fields ?? [])
        {
            var value = f.Name switch
            {
                "odsCode" => "RXX",
                "name" => "Example NHS Trust",
                "type" => type,
                _ => null,
            };
            sb.Append(value is null ? "  # " : "  ").Append(f.Name).Append(": ").Append(value is null ? "" : Quote(value)).Append("  # ").Append(Describe(catalog, f)).Append('\n');
        }

        var year = 2024;
        sb.Append(CultureInfo.InvariantCulture, $"period: {{start: '{year - 1}-04-01', end: '{year}-03-31'}}  # the period the evidence covers (dates YYYY-MM-DD, inclusive)\n")
          .Append(CultureInfo.InvariantCulture, $"assessmentDate: '{year}-06-30'  # the date of the assessment (optional; default: the period end)\n")
          .Append("evidence:\n");
        foreach (var f in schema.Root.Where(f => f.Name != "organisation"))
        {
            Field(sb, catalog, schema, f, 1, "", new HashSet<string>(StringComparer.Ordinal));
        }

        return sb.ToString();
    }

    /// <summary>
    /// One field, commented out: each line is its indentation, <c>"# "</c>, then <paramref name="extra"/> (the indentation
    /// inside list elements), so deleting the <c>"# "</c> of the lines one has gives valid YAML.
    /// </summary>
    private static void Field(StringBuilder sb, StandardsCatalog catalog, EvidenceSchema schema, EvidenceFieldDefinition f, int depth, string extra, HashSet<string> open)
    {
        var prefix = new string(' ', depth * 2) + "# " + extra;
        var list = f.Type.Kind == TypeReferenceKind.List;
        var named = (list ? f.Type.Element : f.Type) is { Kind: TypeReferenceKind.Named, Name: { } n } ? schema.FindType(n) : null;
        if (named is null || depth >= MaxDepth || open.Contains(named.Name))
        {
            sb.Append(prefix).Append(f.Name).Append(':').Append(list ? " []" : "").Append("  # ").Append(Describe(catalog, f)).Append('\n');
            return;
        }

        sb.Append(prefix).Append(f.Name).Append(":  # ").Append(Describe(catalog, f)).Append(list ? "; one entry per element, each starting with '-'" : "").Append('\n');
        open.Add(named.Name);
        var first = true;
        foreach (var inner in named.Fields)
        {
            var child = new StringBuilder();
            Field(child, catalog, schema, inner, depth + 1, list ? extra + "  " : extra, open);
            var text = child.ToString();
            if (list && first)
            {
                var at = ((depth + 1) * 2) + 2 + extra.Length;
                text = text[..at] + "- " + text[(at + 2)..];
            }

            sb.Append(text);
            first = false;
        }

        open.Remove(named.Name);
    }

    private static string Describe(StandardsCatalog catalog, EvidenceFieldDefinition f)
    {
        var parts = new List<string> { TypeName(f.Type) };
        if (f.Unit is { } unit)
        {
            parts.Add($"unit: {unit}");
        }

        if (f.Min is not null || f.Max is not null)
        {
            parts.Add($"range: {(f.Min is { } lo ? lo.ToString(CultureInfo.InvariantCulture) : "…")} to {(f.Max is { } hi ? hi.ToString(CultureInfo.InvariantCulture) : "…")}");
        }

        if (f.AtMost is { } atMost)
        {
            parts.Add($"at most {atMost}");
        }

        var allowed = !f.Allowed.IsDefaultOrEmpty ? f.Allowed.ToList() : f.Vocabulary is { } v ? catalog.FindVocabulary(v)?.Terms.Select(t => t.Id).ToList() ?? [] : [];
        if (allowed.Count > 0)
        {
            parts.Add($"one of: {string.Join(", ", allowed)}");
        }

        if (f.Sensitive || f.Protected)
        {
            parts.Add(f.Protected ? "protected: never shown in reports" : "sensitive: never shown in reports");
        }

        var text = string.Join("; ", parts);
        return f.Description is { } d ? $"{text}. {d.ReplaceLineEndings(" ").Trim()}" : text;
    }

    private static string TypeName(TypeReference t) => t.Kind switch
    {
        TypeReferenceKind.List => $"list of {TypeName(t.Element!)}",
        TypeReferenceKind.Map => $"map of {TypeName(t.Element!)}",
        TypeReferenceKind.Named => t.Name!,
        TypeReferenceKind.Timestamp => "date (YYYY-MM-DD)",
        TypeReferenceKind.Duration => "duration",
        TypeReferenceKind.Int => "whole number",
        TypeReferenceKind.Double => "number",
        TypeReferenceKind.Bool => "true or false",
        _ => "text",
    };

    private static string Quote(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static int Distance(string a, string b) => a.Zip(b).Count(p => p.First != p.Second) + Math.Abs(a.Length - b.Length);
}
