using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading.Yaml;

/// <summary>A sequence of nodes.</summary>
internal sealed class YSequence : YNode
{
    public YSequence(SourceLocation start)
        : base(start)
    {
    }

    public List<YNode> Items { get; } = new();

    public override string Describe => "a list";
}
