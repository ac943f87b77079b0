using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Converts the YAML tree to the library-neutral <see cref="DataNode"/> tree (bounded by the reader's node budget).</summary>
internal static class DataNodes
{
    public static DataNode From(YNode node) => node switch
    {
        YMapping m => new DataMapping { Location = m.Start, Entries = [.. m.Entries.Select(e => new KeyValuePair<string, DataNode>(e.Key.Value, From(e.Value)))] },
        YSequence q => new DataSequence { Location = q.Start, Items = [.. q.Items.Select(From)] },
        YScalar s => new DataScalar { Location = s.Start, Value = s.IsNull ? null : s.Value, Quoted = s.Style != YScalarStyle.Plain },
        _ => throw new InvalidOperationException("Unknown node type."),
    };
}
