using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Evidence;

/// <summary>Builds a nested data mapping from dotted paths (<c>staffSurvey.stress.rate</c>), keeping insertion order.</summary>
internal sealed class PathTree
{
    private readonly List<KeyValuePair<string, object>> _entries = [];

    public void Set(string path, DataNode value)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            _entries.RemoveAll(e => e.Key == path);
            _entries.Add(new(path, value));
            return;
        }

        var head = path[..dot];
        var child = _entries.FirstOrDefault(e => e.Key == head).Value as PathTree;
        if (child is null)
        {
            child = new PathTree();
            _entries.RemoveAll(e => e.Key == head);
            _entries.Add(new(head, child));
        }

        child.Set(path[(dot + 1)..], value);
    }

    public DataMapping ToData(SourceLocation at) => new()
    {
        Location = at,
        Entries = [.. _entries.Select(e => new KeyValuePair<string, DataNode>(e.Key, e.Value is PathTree t ? t.ToData(at) : (DataNode)e.Value))],
    };
}
