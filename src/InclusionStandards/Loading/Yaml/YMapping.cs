using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading.Yaml;

/// <summary>A mapping with scalar keys, in the order written (duplicate keys are reported and dropped by the reader).</summary>
internal sealed class YMapping : YNode
{
    public YMapping(SourceLocation start)
        : base(start)
    {
    }

    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = new();

    public override string Describe => "a mapping";

    public YNode? this[string key] => Entries.Find(e => e.Key.Value == key).Value;

    public YScalar? KeyOf(string key) => Entries.Find(e => e.Key.Value == key).Key;
}
