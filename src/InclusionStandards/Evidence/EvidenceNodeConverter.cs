using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;
using YamlDotNet.RepresentationModel;

namespace InclusionStandards.Evidence;

/// <summary>
/// Converts YAML (or JSON) nodes into typed values and <see cref="Record"/>s, checking them against the
/// evidence schema and collecting located diagnostics. One instance per file; not thread-safe.
/// </summary>
internal sealed class EvidenceNodeConverter
{
    private readonly EvidenceSchemaInfo _schema;
    private readonly EvidenceLimits _limits;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private int _nodes;

    public EvidenceNodeConverter(EvidenceSchemaInfo schema, EvidenceLimits limits, string file, List<Diagnostic> diagnostics)
    {
        _schema = schema;
        _limits = limits;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>True once a limit stopped the conversion.</summary>
    public bool LimitHit { get; private set; }

    /// <summary>Converts a mapping into a record of <paramref name="type"/>; unknown keys are reported.</summary>
    public Record? ConvertRecord(YamlNode node, RecordType type, string path, int depth)
    {
        if (!Enter(node, depth))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Error(EvidenceCodes.WrongType, node, $"'{path}' must be a mapping of {type.Name} fields, not {Describe(node)}.");
            return null;
        }

        var builder = type.CreateBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var fieldPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!seen.Add(key))
            {
                Error(EvidenceCodes.DuplicateKey, keyNode, $"'{fieldPath}' is given twice.");
                continue;
            }

            if (!type.TryGetField(key, out var field))
            {
                var names = type.Fields.Select(f => f.Name);
                Error(EvidenceCodes.UnknownField, keyNode, $"{type.Name} has no field '{key}'.{DidYouMean.Hint(key, names)}");
                continue;
            }

            var value = Convert(valueNode, field.Type, _schema.Field(type, key), fieldPath, depth + 1);
            if (value is not null)
            {
                builder.Set(field.Index, value);
            }
        }

        return builder.Build();
    }

    /// <summary>Converts a node to a value of <paramref name="type"/>; <see langword="null"/> when missing or invalid.</summary>
    public object? Convert(YamlNode node, FieldType type, EvidenceFieldDefinition? def, string path, int depth)
    {
        if (IsNull(node))
        {
            return null;
        }

        switch (type.Kind)
        {
            case FieldKind.Record:
                return ConvertRecord(node, type.RecordType!, path, depth);
            case FieldKind.List:
                return ConvertList(node, type.ElementType!, def, path, depth);
            case FieldKind.Map:
                return ConvertMap(node, type.ElementType!, def, path, depth);
            case FieldKind.Any:
                return node is YamlScalarNode s ? s.Value : null;
            default:
                if (!Enter(node, depth))
                {
                    return null;
                }

                if (node is not YamlScalarNode scalar)
                {
                    Error(EvidenceCodes.WrongType, node, $"'{path}' must be {Article(type)}, not {Describe(node)}.");
                    return null;
                }

                return new ScalarChecker(this, def, path).Check(scalar, type);
        }
    }

    private List<object?>? ConvertList(YamlNode node, FieldType element, EvidenceFieldDefinition? def, string path, int depth)
    {
        if (!Enter(node, depth))
        {
            return null;
        }

        if (node is not YamlSequenceNode seq)
        {
            Error(EvidenceCodes.WrongType, node, $"'{path}' must be a list, not {Describe(node)}.");
            return null;
        }

        if (seq.Children.Count > _limits.MaxListLength)
        {
            Limit(node, $"'{path}' has {seq.Children.Count} elements; the limit is {_limits.MaxListLength}.");
            return null;
        }

        var list = new List<object?>(seq.Children.Count);
        for (var i = 0; i < seq.Children.Count && !LimitHit; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (IsNull(seq.Children[i]))
            {
                Error(EvidenceCodes.WrongType, seq.Children[i], $"'{itemPath}' is empty; a list cannot hold missing values.");
                continue;
            }

            if (Convert(seq.Children[i], element, def, itemPath, depth + 1) is { } v)
            {
                list.Add(v);
            }
        }

        return list;
    }

    private ImmutableSortedDictionary<string, object?>? ConvertMap(YamlNode node, FieldType value, EvidenceFieldDefinition? def, string path, int depth)
    {
        if (!Enter(node, depth))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            Error(EvidenceCodes.WrongType, node, $"'{path}' must be a mapping, not {Describe(node)}.");
            return null;
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (result.ContainsKey(key))
            {
                Error(EvidenceCodes.DuplicateKey, k, $"'{path}.{key}' is given twice.");
                continue;
            }

            if (Convert(v, value, def, $"{path}.{key}", depth + 1) is { } converted)
            {
                result[key] = converted;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The allowed values of a field (its list or its vocabulary's terms).</summary>
    internal ImmutableArray<string> AllowedValues(EvidenceFieldDefinition? def) => _schema.AllowedValues(def);

    internal void Error(string code, YamlNode node, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, message, new SourceLocation(_file, (int)node.Start.Line, (int)node.Start.Column)));

    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    internal static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a single value",
    };

    internal static string Article(FieldType type) => type.Kind switch
    {
        FieldKind.Int => "an integer",
        FieldKind.Double => "a number",
        FieldKind.Bool => "true or false",
        FieldKind.String => "text",
        FieldKind.Timestamp => "a date (2024-03-31) or an RFC 3339 timestamp",
        FieldKind.Duration => "a duration such as 90d or 12h",
        _ => type.ToString(),
    };

    private bool Enter(YamlNode node, int depth)
    {
        if (LimitHit)
        {
            return false;
        }

        if (depth > _limits.MaxDepth)
        {
            Limit(node, $"The evidence is nested more than {_limits.MaxDepth} levels deep.");
            return false;
        }

        if (++_nodes > _limits.MaxNodes)
        {
            Limit(node, $"The evidence has more than {_limits.MaxNodes} values (aliases count each time they are used).");
            return false;
        }

        return true;
    }

    private void Limit(YamlNode node, string message)
    {
        LimitHit = true;
        Error(EvidenceCodes.LimitExceeded, node, message);
    }
}
