using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;
using InclusionStandards.Loading;
using InclusionStandards.Model;
using InclusionStandards.NRules;
using InclusionStandards.Validation;

namespace InclusionStandards.Cli.Commands;

/// <summary>Shared by evaluate, explain and test: load and compile the standards, and expand evidence arguments into inputs.</summary>
internal static class EvaluationSetup
{
    private static readonly string[] EvidenceExtensions = [".yaml", ".yml", ".json", ".csv"];

    /// <summary>The <c>--engine</c> option of evaluate, explain and test.</summary>
    public static System.CommandLine.Option<string> EngineOption()
    {
        var option = new System.CommandLine.Option<string>("--engine")
        {
            Description = "The engine that derives the findings: own (the built-in Rete engine, default), nrules (NRules 1.0) or direct (the reference evaluator). Every engine gives the same results.",
            DefaultValueFactory = _ => StandardsEngine.Own.Name,
        };
        option.AcceptOnlyFromAmong(StandardsEngine.Own.Name, NRulesEngine.Instance.Name, StandardsEngine.Direct.Name);
        return option;
    }

    /// <summary>The engine an <c>--engine</c> value names (the option accepts only these names).</summary>
    public static StandardsEngine Engine(string? name) =>
        name == NRulesEngine.Instance.Name ? NRulesEngine.Instance : name == StandardsEngine.Direct.Name ? StandardsEngine.Direct : StandardsEngine.Own;

    /// <summary>Loads (from <paramref name="standardsDir"/> or the embedded standards) and compiles for <paramref name="engine"/> (default ours); prints errors and returns null on failure.</summary>
    public static (CompiledStandards? Standards, LoadResult Load) Compile(string? standardsDir, TextWriter error, StandardsEngine? engine = null)
    {
        var load = StandardsInput.Load(standardsDir is null ? null : [standardsDir]);
        foreach (var d in load.Diagnostics.Where(d => d.IsError))
        {
            error.WriteLine(d);
        }

        if (load.HasErrors)
        {
            // A summary like validate's, not a diagnostic: every error above is located and coded.
            error.WriteLine($"{load.Diagnostics.Count(d => d.IsError)} error(s) in the standards; fix them (see `inclusion validate`) before evaluating. Nothing was evaluated.");
            return (null, load);
        }

        StandardsInput.WarnOfWarnings(standardsDir is null ? null : [standardsDir], load, error);
        var compiled = CompiledStandards.Compile(load.Catalog, engine ?? StandardsEngine.Own, out var diagnostics);
        foreach (var d in diagnostics.Where(d => d.IsError))
        {
            error.WriteLine(d);
        }

        return (compiled, load);
    }

    /// <summary>
    /// The evidence files named by the arguments (directories expand to their evidence files, sorted). An entry with an
    /// evidence extension that is not a file (a directory named x.yaml) is kept, so it is reported rather than lost.
    /// </summary>
    public static List<string> ExpandPaths(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var a in arguments)
        {
            if (Directory.Exists(a))
            {
                files.AddRange(Directory.EnumerateFileSystemEntries(a)
                    .Where(f => EvidenceExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(a);
            }
        }

        return files;
    }

    /// <summary>
    /// The <c>--date</c> option: null when absent; false (with error CLI002 written) when it is not a <c>YYYY-MM-DD</c> date.
    /// </summary>
    public static bool TryReadDate(string? text, TextWriter error, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            error.WriteLine($"error CLI002: --date must be YYYY-MM-DD, not '{Diagnostics.DiagnosticText.Escape(text)}'.");
            return false;
        }

        if (!Model.SupportedDates.InSupportedRange(day))
        {
            error.WriteLine($"error CLI002: --date must be between {Model.SupportedDates.MinYear}-01-01 and {Model.SupportedDates.MaxYear}-12-31, not '{text}'.");
            return false;
        }

        date = day;
        return true;
    }

    /// <summary>Reads the inputs lazily: CSV files row by row through a mapping, other files as evidence documents.</summary>
    public static IEnumerable<EvidenceReadResult> Read(IEnumerable<string> files, CompiledStandards standards, CsvMapping? mapping)
    {
        foreach (var file in files)
        {
            if (string.Equals(Path.GetExtension(file), ".csv", StringComparison.OrdinalIgnoreCase))
            {
                if (mapping is null)
                {
                    yield return new(null, [Diagnostics.Diagnostic.Error(EvidenceCodes.CsvColumn, "A CSV input needs a column mapping: pass --mapping FILE (kind: csv-mapping).", new Diagnostics.SourceLocation(file, 1, 1))]);
                    continue;
                }

                foreach (var row in CsvEvidenceImporter.Read(file, mapping, standards.Evidence))
                {
                    yield return row;
                }
            }
            else
            {
                yield return standards.Evidence.ReadFile(file);
            }
        }
    }

    /// <summary>
    /// The CSV mapping: the file given (null, with its diagnostics printed, when it cannot be read or holds no mapping),
    /// else the one shipped under standards/mappings of the standards directory or the embedded ones.
    /// </summary>
    public static CsvMapping? Mapping(string? mappingPath, string? standardsDir, TextWriter error)
    {
        if (mappingPath is not null)
        {
            if (Directory.Exists(mappingPath))
            {
                // LoadFile of a folder would read every YAML file under it (any size, any depth) looking for one mapping.
                error.WriteLine($"error CLI006: --mapping '{Diagnostics.DiagnosticText.Escape(mappingPath)}' is a folder; give the mapping file (kind: csv-mapping).");
                return null;
            }

            var given = StandardsLoader.LoadFile(mappingPath);
            var chosen = given.CsvMappings.FirstOrDefault();

            // A file that is a mapping reports its own errors; any other file, only why it could not be read (a
            // framework file alone, say, would otherwise report what the rest of its catalog lacks).
            var errors = given.Diagnostics.Where(d => d.IsError && (chosen is not null || d.Code.StartsWith("STD0", StringComparison.Ordinal))).ToList();
            foreach (var d in errors)
            {
                error.WriteLine(d);
            }

            if (chosen is null && errors.Count == 0)
            {
                error.WriteLine($"error CLI006: '{Diagnostics.DiagnosticText.Escape(mappingPath)}' holds no column mapping (kind: csv-mapping).");
            }

            return errors.Count == 0 ? chosen : null;
        }

        LoadResult load;
        if (standardsDir is not null && Directory.Exists(Path.Combine(standardsDir, "mappings")))
        {
            load = StandardsLoader.LoadPaths(Directory.EnumerateFiles(Path.Combine(standardsDir, "mappings"), "*.yaml").Order(StringComparer.Ordinal));
        }
        else
        {
            load = StandardsLoader.LoadEmbedded(new LoaderOptions { SkipFolders = ["tests", "examples"] });
        }

        foreach (var d in load.Diagnostics.Where(d => d.IsError && d.Location?.File.Contains("mapping", StringComparison.OrdinalIgnoreCase) == true))
        {
            error.WriteLine(d);
        }

        return load.CsvMappings.FirstOrDefault();
    }
}
