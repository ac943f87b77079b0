using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <summary>
/// Reads evidence files (YAML or JSON) into <see cref="EvidenceDocument"/>s, validated against the catalog's
/// evidence schema, with located diagnostics (<c>EVD1xx</c>) instead of exceptions. Immutable and thread-safe:
/// one reader serves any number of files in parallel. Obtain it from <see cref="Evaluation.CompiledStandards.Evidence"/>.
/// </summary>
public sealed partial class EvidenceReader
{
    private static readonly string[] TopLevel = ["organisation", "period", "assessmentDate", "evidence"];
    private readonly EvidenceSchemaInfo _schema;

    internal EvidenceReader(EvidenceSchemaInfo schema, EvidenceLimits? limits = null)
    {
        _schema = schema;
        Limits = limits ?? EvidenceLimits.Default;
    }

    /// <summary>The limits applied to every file.</summary>
    public EvidenceLimits Limits { get; }

    /// <summary>A reader with other limits.</summary>
    public EvidenceReader WithLimits(EvidenceLimits limits) => new(_schema, limits);

    /// <summary>
    /// Checks a CSV mapping against the evidence schema before any row is read: every organisation field and evidence
    /// path it fills must be a single value the schema declares (EVD115, at the path in the mapping file). Without
    /// this, a misspelt path is reported once per row, at the row.
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckMapping(CsvMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var result = new List<Diagnostic>();
        foreach (var (path, column) in mapping.Organisation.Select(e => ("organisation." + e.Key, e.Value)).Concat(mapping.Evidence.Select(e => (e.Key, e.Value))).OrderBy(e => e.Item2.Location))
        {
            if (MappingPathProblem(path) is { } problem)
            {
                result.Add(Diagnostic.Error(DiagnosticCodes.EvidenceCsvMappingPath, $"The mapping of column '{column.Column}' fills '{path}': {problem}", column.Location));
            }
        }

        return result;
    }

    private string? MappingPathProblem(string path)
    {
        var type = _schema.Types.Root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!type.TryGetField(segments[i], out var field))
            {
                return $"{type.Name} has no field '{segments[i]}'.{Loading.Levenshtein.DidYouMean(segments[i], type.Fields.Select(f => f.Name))}";
            }

            var last = i == segments.Length - 1;
            switch (field.Type.Kind)
            {
                case FieldKind.Record when !last:
                    type = field.Type.RecordType!;
                    continue;
                case FieldKind.Map when i == segments.Length - 2 && field.Type.ElementType!.Kind is not (FieldKind.Record or FieldKind.List or FieldKind.Map):
                    return null; // the last segment is the map's key
                case FieldKind.Record or FieldKind.List or FieldKind.Map:
                    return $"'{segments[i]}' is {field.Type}; one column fills a single value.";
                default:
                    return last ? null : $"'{segments[i]}' is a single value ({field.Type}); it has no '{segments[i + 1]}'.";
            }
        }

        return null;
    }

    /// <summary>Reads a file. Never throws for bad input: problems are diagnostics.</summary>
    /// <param name="path">The path; diagnostics name it as given.</param>
    public EvidenceReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = Loading.TextFile.Read(path, Limits.MaxFileBytes);
        if (!read.Succeeded)
        {
            var code = read.Problem == Loading.TextFileProblem.TooLarge ? DiagnosticCodes.EvidenceLimitExceeded : DiagnosticCodes.EvidenceUnreadable;
            SourceLocation? at = path.Length == 0 ? null : new SourceLocation(path, Math.Max(1, read.Line), Math.Max(1, read.Column));
            return new(null, [Diagnostic.Error(code, $"The evidence file cannot be read: {read.Message}", at)]);
        }

        return Parse(read.Text!, path);
    }

    /// <summary>Parses evidence text (YAML or JSON).</summary>
    /// <param name="text">The content.</param>
    /// <param name="source">The name used in diagnostics (a path).</param>
    public EvidenceReadResult Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        if (text.Length > Limits.MaxFileBytes)
        {
            return new(null, [Diagnostic.Error(DiagnosticCodes.EvidenceLimitExceeded, $"The evidence is longer than {Limits.MaxFileBytes} characters.", new SourceLocation(source, 1, 1))]);
        }

        text = text.StartsWith('\uFEFF') ? text[1..] : text; // a byte-order mark decoded into the text
        if (StrictJson.IsJsonSource(source) && StrictJson.Check(text, source, Limits) is { } notJson)
        {
            return new(null, [notJson]);
        }

        var reader = new YamlToData(source, Limits);
        var (node, error) = reader.Parse(text);
        if (error is not null)
        {
            return new(null, [error]);
        }

        return Read(node!, source);
    }

    /// <summary>Reads evidence from a data tree (e.g. the inline <c>given</c> of a rule test, or a merged patch).</summary>
    /// <param name="root">The document: a mapping with organisation, period, assessmentDate and evidence.</param>
    /// <param name="source">The name used in results.</param>
    public EvidenceReadResult FromData(DataNode root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(source);
        return Read(root, source);
    }

    private EvidenceReadResult Read(DataNode node, string source)
    {
        if (node is not DataMapping root)
        {
            return new(null, [Diagnostic.Error(DiagnosticCodes.EvidenceUnreadable, "An evidence file is one mapping with organisation, period, assessmentDate and evidence.", node.Location)]);
        }

        var diagnostics = new List<Diagnostic>();
        var converter = new EvidenceNodeConverter(_schema, diagnostics);
        var types = _schema.Types;
        var builder = types.Root.CreateBuilder();
        var keys = new Dictionary<string, DataNode>(StringComparer.Ordinal);
        for (var i = 0; i < root.Entries.Length; i++)
        {
            var (key, v) = root.Entries[i];
            var k = EvidenceNodeConverter.KeyOf(root, i);
            if (!TopLevel.Contains(key))
            {
                var hint = Loading.Levenshtein.DidYouMean(key, TopLevel);
                var inEvidence = _schema.Schema.FindRootField(key) is not null ? $" Evidence fields go under 'evidence:'." : string.Empty;
                converter.Error(DiagnosticCodes.EvidenceUnknownField, k, $"Unknown top-level key '{key}'.{hint}{inEvidence}");
            }
            else if (!keys.TryAdd(key, v))
            {
                converter.Error(DiagnosticCodes.EvidenceDuplicateKey, k, $"'{key}' is given twice.");
            }
        }

        var organisation = ReadOrganisation(keys, converter, builder, root, source, diagnostics);
        var period = ReadPeriod(keys, converter, builder, root, source, diagnostics);
        DateOnly? assessmentDate = null;
        if (keys.TryGetValue("assessmentDate", out var dateNode) && !EvidenceNodeConverter.IsNull(dateNode))
        {
            if (converter.Convert(dateNode, FieldType.Timestamp, null, "assessmentDate") is DateTimeOffset t)
            {
                assessmentDate = DateOnly.FromDateTime(t.UtcDateTime);
                builder.Set("assessmentDate", t);
                if (period is not null && assessmentDate < period.Start)
                {
                    converter.Error(DiagnosticCodes.EvidenceBadPeriod, dateNode, PeriodMessages.AssessedBeforePeriod(assessmentDate.Value, period));
                }
            }
        }

        var headerDates = converter.Dates.Count; // the period's and the assessment's own dates are not evidence
        if (keys.TryGetValue("evidence", out var evidenceNode) && !EvidenceNodeConverter.IsNull(evidenceNode))
        {
            ReadEvidence(evidenceNode, converter, builder);
        }

        if ((assessmentDate ?? period?.End) is { } asOf)
        {
            foreach (var (value, location, path) in converter.Dates.Skip(headerDates))
            {
                if (IsAfter(value, asOf))
                {
                    diagnostics.Add(DatedAfter(value, location, path, asOf));
                }
            }
        }

        diagnostics.AddRange(Fractions(converter.Percents));

        diagnostics.Sort();
        if (diagnostics.Any(d => d.IsError) || organisation is null || period is null)
        {
            return new(null, [.. diagnostics]);
        }

        var record = builder.Build();
        var document = new EvidenceDocument
        {
            Source = source,
            Organisation = organisation,
            Period = period,
            AssessmentDate = assessmentDate,
            Root = record,
            Elements = ElementsOf(record),
            EvidenceDates = [.. converter.Dates.Skip(headerDates)],
        };
        return new(document, [.. diagnostics]);
    }

    /// <summary>
    /// Shares in percent are written 0–100. When the shares of one record (one survey group), of one field across
    /// records (every measure's <c>rate</c>), or of the whole file all lie between 0 and 1 — at least
    /// <see cref="FractionsAtLeast"/> of them, not all exactly 0 or 1 — they were almost surely given as fractions (0.85
    /// for 85 %), and every comparison with a threshold in percent would be wrong: a warning (EVD117) at the first of
    /// them, once per value.
    /// </summary>
    internal static IEnumerable<Diagnostic> Fractions(IReadOnlyList<(double Value, SourceLocation Location, string Path)> percents)
    {
        static string Parent(string path) => path.LastIndexOf('.') is var dot and > 0 ? path[..dot] : string.Empty;
        static string Field(string path) => path[(path.LastIndexOf('.') + 1)..];
        var groups = percents.GroupBy(p => Parent(p.Path)).Select(g => (What: g.Key.Length == 0 ? "the evidence root" : $"'{g.Key}'", Values: g.ToList()))
            .Concat(percents.GroupBy(p => Field(p.Path)).Select(g => (What: $"the '{g.Key}' fields", Values: g.ToList())))
            .Append((What: "this evidence", Values: percents.ToList()));
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (what, values) in groups)
        {
            if (!LookLikeFractions(values) || values.Any(v => warned.Contains(v.Path)))
            {
                continue;
            }

            var ordered = values.OrderBy(v => v.Location.Line).ThenBy(v => v.Location.Column).ToList();
            warned.UnionWith(values.Select(v => v.Path));
            yield return Diagnostic.Warning(DiagnosticCodes.EvidencePercentAsFraction,
                $"All {values.Count} percentages of {what} are between 0 and 1 ({string.Join(", ", ordered.Take(6).Select(v => v.Path))}{(ordered.Count > 6 ? ", …" : string.Empty)}): were fractions given? Percentages are written 0–100, e.g. 85.0 for 85 %.",
                ordered[0].Location);
        }
    }

    private static bool LookLikeFractions(IReadOnlyCollection<(double Value, SourceLocation Location, string Path)> values) =>
        values.Count >= FractionsAtLeast && values.All(p => p.Value is >= 0 and <= 1) && !values.All(p => p.Value is 0 or 1);

    /// <summary>The fewest percentages of one record that <see cref="Fractions"/> judges.</summary>
    internal const int FractionsAtLeast = 3;

    private void ReadEvidence(DataNode node, EvidenceNodeConverter converter, RecordBuilder builder)
    {
        if (node is not DataMapping map)
        {
            converter.Error(DiagnosticCodes.EvidenceWrongType, node, "'evidence' must be a mapping of the evidence schema's root fields.");
            return;
        }

        var rootNames = _schema.Schema.Root.Select(f => f.Name).Where(n => n != "organisation").ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < map.Entries.Length; i++)
        {
            var (key, v) = map.Entries[i];
            var k = EvidenceNodeConverter.KeyOf(map, i);
            if (!seen.Add(key))
            {
                converter.Error(DiagnosticCodes.EvidenceDuplicateKey, k, $"'{key}' is given twice.");
                continue;
            }

            if (!rootNames.Contains(key) || !_schema.Types.Root.TryGetField(key, out var field))
            {
                var where = key == "organisation" ? " The organisation goes above 'evidence:', at the top of the file." : Loading.Levenshtein.DidYouMean(key, rootNames);
                converter.Error(DiagnosticCodes.EvidenceUnknownField, k, $"The evidence schema has no root field '{key}'.{where}");
                continue;
            }

            if (converter.Convert(v, field.Type, _schema.Field(_schema.Types.Root, key), key) is { } value)
            {
                builder.Set(field.Index, value);
            }
        }

        var root = builder.Build();
        converter.CheckAtMost(root, map, string.Empty); // root fields may name a sibling too
        converter.CheckBounds(root); // figures bounded by others elsewhere in the evidence (atMost/usuallyAtMost paths)
    }

    /// <summary>EVD113: a date in the evidence after the assessment date.</summary>
    internal static Diagnostic DatedAfter(DateTimeOffset value, SourceLocation location, string path, DateOnly asOf) =>
        Diagnostic.Warning(DiagnosticCodes.EvidenceDatedAfterAssessment, DateOnly.FromDateTime(value.UtcDateTime) == asOf
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"'{path}' ({value:yyyy-MM-ddTHH:mm:ssZ}) is later on the assessment day than the assessment date, which conditions take as the start of the day (00:00 UTC): it compares as after the assessment. Give the date alone, or assess a day later.")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"'{path}' ({value:yyyy-MM-dd}) is after the assessment date ({asOf:yyyy-MM-dd}): it counts as current, and a 'within N months' check passes. Check the date, or assess later."), location);

    /// <summary>True when an evidence time is after the assessment date as conditions see it: the start of that day (UTC).</summary>
    internal static bool IsAfter(DateTimeOffset value, DateOnly asOf) => value.UtcDateTime > asOf.ToDateTime(TimeOnly.MinValue);

    private ImmutableSortedDictionary<string, ImmutableArray<Record>> ElementsOf(Record root)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<Record>>(StringComparer.Ordinal);
        foreach (var field in root.Type.Fields)
        {
            if (field.Type is { Kind: FieldKind.List, ElementType.Kind: FieldKind.Record } && root.GetReference(field.Index) is IReadOnlyList<object?> list)
            {
                result[field.Name] = [.. list.OfType<Record>()];
            }
        }

        return result.ToImmutable();
    }

}
