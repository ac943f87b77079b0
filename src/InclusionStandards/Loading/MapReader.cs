using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Diagnostics;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading;

/// <summary>
/// Reads the keys of one YAML mapping with type checks, reporting unknown keys (with a did-you-mean), missing
/// required keys and wrong types. Never throws: a bad value is reported and read as absent.
/// </summary>
internal sealed class MapReader
{
    private static readonly YMapping Empty = new(new SourceLocation(string.Empty, 1, 1));
    private readonly YMapping _map;

    public MapReader(FileContext ctx, YNode node, string what, params string[] known)
    {
        Ctx = ctx;
        if (node is YMapping m)
        {
            _map = m;
            foreach (var (key, _) in m.Entries)
            {
                if (!known.Contains(key.Value))
                {
                    var hint = m[key.Value] is YScalar { IsNull: true } && key.Value.Contains(' ', StringComparison.Ordinal)
                        ? " A comma inside an unquoted value in { … } ends the value; put the value in quotes."
                        : Levenshtein.DidYouMean(key.Value, known);
                    ctx.Error(DiagnosticCodes.UnknownKey, $"Unknown key '{key.Value}' in {what}.{hint}", key.Start);
                }
            }
        }
        else
        {
            ctx.Error(DiagnosticCodes.WrongType, $"Expected {what} (a mapping of keys), found {node.Describe}.", node.Start);
            _map = Empty;
            IsValid = false;
        }

        Location = node.Start;
    }

    public FileContext Ctx { get; }

    public bool IsValid { get; } = true;

    public SourceLocation Location { get; }

    public YNode? Node(string key, bool required = false)
    {
        var node = _map[key];
        if (node is null && required && IsValid)
        {
            Ctx.Error(DiagnosticCodes.MissingKey, $"Missing required key '{key}'.", Location);
        }

        return node is YScalar { IsNull: true } && !required ? null : node;
    }

    public SourceLocation LocationOf(string key) => _map[key]?.Start ?? Location;

    /// <summary>True when <paramref name="key"/> is written, whatever its value (null included).</summary>
    public bool Has(string key) => _map[key] is not null;

    public YScalar? Scalar(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null or YScalar)
        {
            if (node is YScalar { IsNull: true } n && required)
            {
                Ctx.Error(DiagnosticCodes.MissingKey, $"Key '{key}' needs a value.", n.Start);
                return null;
            }

            return (YScalar?)node;
        }

        Ctx.Error(DiagnosticCodes.WrongType, $"'{key}' must be a single value, not {node.Describe}.", node.Start);
        return null;
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public string RequiredString(string key) => String(key, true) ?? string.Empty;

    public string Id(string key = "id")
    {
        var s = Scalar(key, true);
        if (s is not null && !Patterns.IsKebab(s.Value))
        {
            Ctx.Error(DiagnosticCodes.InvalidId, $"'{s.Value}' is not a kebab-case id (lower-case letters and digits separated by single hyphens, e.g. 'inc-s1').", s.Start);
        }

        return s?.Value ?? string.Empty;
    }

    public double? Double(string key, bool required = false) => Number(key, required, false);

    public int? Int(string key, bool required = false) => Number(key, required, true) is { } d ? (int)d : null;

    public bool? Bool(string key)
    {
        var s = Scalar(key);
        if (s is null)
        {
            return null;
        }

        if (s.Style == YScalarStyle.Plain && s.Value is "true" or "false")
        {
            return s.Value == "true";
        }

        Ctx.Error(DiagnosticCodes.WrongType, $"'{key}' must be true or false, not '{s.Value}'.", s.Start);
        return null;
    }

    public DateOnly? Date(string key)
    {
        var s = Scalar(key);
        if (s is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Model.SupportedDates.InSupportedRange(d))
        {
            return d;
        }

        Ctx.Error(DiagnosticCodes.InvalidDate, $"'{key}' must be a date written YYYY-MM-DD between {Model.SupportedDates.MinYear} and {Model.SupportedDates.MaxYear}, not '{TextChecks.Escape(s.Value)}'.", s.Start);
        return null;
    }

    public T? Enum<T>(string key, bool required = false)
        where T : struct, System.Enum
    {
        var s = Scalar(key, required);
        if (s is null)
        {
            return null;
        }

        if (KebabCase.TryParse<T>(s.Value, out var v))
        {
            return v;
        }

        var names = KebabCase.Names<T>().ToList();
        Ctx.Error(DiagnosticCodes.InvalidValue, $"'{s.Value}' is not a valid {key}; use one of: {string.Join(", ", names)}.{Levenshtein.DidYouMean(s.Value, names)}", s.Start);
        return null;
    }

    public Condition? Condition(string key, bool required = false)
    {
        var s = Scalar(key, required);
        if (s is not null && string.IsNullOrWhiteSpace(s.Value))
        {
            // An empty condition would be read as absent and its criterion compiled without one.
            Ctx.Error(DiagnosticCodes.MissingKey, $"Key '{key}' needs a condition; it is empty. Write one (e.g. `eds.outcome1a >= 2`){(required ? string.Empty : " or leave the key out")}.", s.Start);
            return null;
        }

        return s is null ? null : new Condition { Text = s.Value, Location = s.ContentStart, SourceMap = new ConditionSourceMap(s.BlockColumn, [.. s.FoldedLineOffsets], [.. s.CharPositions]) };
    }

    public IReadOnlyList<YNode> Items(string key, bool required = false)
    {
        var node = Node(key, required);
        switch (node)
        {
            case null:
                return [];
            case YSequence q:
                return q.Items;
            default:
                Ctx.Error(DiagnosticCodes.WrongType, $"'{key}' must be a list, not {node.Describe}.", node.Start);
                return [];
        }
    }

    public IEnumerable<KeyValuePair<YScalar, YNode>> Entries(string key, bool required = false)
    {
        var node = Node(key, required);
        switch (node)
        {
            case null:
                return [];
            case YMapping m:
                return m.Entries;
            default:
                Ctx.Error(DiagnosticCodes.WrongType, $"'{key}' must be a mapping, not {node.Describe}.", node.Start);
                return [];
        }
    }

    public ImmutableArray<string> Strings(string key)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Items(key))
        {
            if (item is YScalar s)
            {
                result.Add(s.Value);
            }
            else
            {
                Ctx.Error(DiagnosticCodes.WrongType, $"The items of '{key}' must be single values, not {item.Describe}.", item.Start);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Reads <c>sources</c> citations; reports an item that cites none when <paramref name="required"/>.</summary>
    public ImmutableArray<SourceCitation> Citations(string what, bool required = true)
    {
        var items = Items("sources");
        if (items.Count == 0 && required && IsValid)
        {
            Ctx.Error(DiagnosticCodes.MissingSources, $"{what} cites no source; add 'sources: [ {{ ref: <source id>, section: … }} ]'.", Location);
        }

        return [.. items.Select(i => new MapReader(Ctx, i, "a citation", "ref", "section"))
            .Where(r => r.IsValid)
            .Select(Citation)];
    }

    /// <summary>One citation; a citation without a section is read, with a warning (every criterion names its section).</summary>
    private static SourceCitation Citation(MapReader r)
    {
        var citation = new SourceCitation { Ref = r.RequiredString("ref"), Section = r.String("section"), Location = r.LocationOf("ref") };
        if (string.IsNullOrWhiteSpace(citation.Section) && citation.Ref.Length > 0)
        {
            r.Ctx.Warning(DiagnosticCodes.CitationWithoutSection, $"The citation of '{citation.Ref}' names no section; add 'section:' with the section, page or recommendation it draws on.", r.Location);
        }

        return citation;
    }

    private double? Number(string key, bool required, bool integer)
    {
        var s = Scalar(key, required);
        if (s is null)
        {
            return null;
        }

        var d = 0.0;
        var ok = s.Style == YScalarStyle.Plain && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out d) && double.IsFinite(d);
        if (ok && (!integer || (d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue)))
        {
            return d;
        }

        var what = !integer ? "a number" : ok && d == Math.Floor(d) ? string.Create(CultureInfo.InvariantCulture, $"a whole number from {-int.MaxValue:N0} to {int.MaxValue:N0}") : "a whole number";
        Ctx.Error(DiagnosticCodes.WrongType, $"'{key}' must be {what}, not '{s.Value}'.", s.Start);
        return null;
    }
}
