using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Compilation;

/// <summary>The declarations visible to an element, with the token depth holding each value.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, (Declaration Declaration, int Depth)> _entries = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _entries.Keys;

    public bool TryGet(string name, out Declaration declaration, out int depth)
    {
        var found = _entries.TryGetValue(name, out var e);
        declaration = e.Declaration;
        depth = e.Depth;
        return found;
    }

    public bool Contains(string name) => _entries.ContainsKey(name);

    public void Add(Declaration declaration, int depth) => _entries.Add(declaration.Name, (declaration, depth));

    public IReadOnlyDictionary<string, int> Depths() => _entries.ToDictionary(e => e.Key, e => e.Value.Depth, StringComparer.Ordinal);
}
