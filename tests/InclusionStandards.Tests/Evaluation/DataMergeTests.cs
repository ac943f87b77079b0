using InclusionStandards.Testing;
using InclusionStandards.Evidence;
using InclusionStandards.Model;

namespace InclusionStandards.Tests.Evaluation;

public sealed class DataMergeTests
{
    private static DataNode Yaml(string text) => new YamlToData("t.yaml", EvidenceLimits.Default).Parse(text).Node!;

    private static string Show(DataNode node) => node switch
    {
        DataMapping m => "{" + string.Join(",", m.Entries.Select(e => $"{e.Key}:{Show(e.Value)}")) + "}",
        DataSequence s => "[" + string.Join(",", s.Items.Select(Show)) + "]",
        DataScalar s => s.Value ?? "null",
        _ => "?",
    };

    [Fact]
    public void Merge_MapsMergeListsReplaceNullRemoves()
    {
        var merged = DataMerge.Merge(
            Yaml("a: { x: 1, y: 2 }\nlist: [1, 2, 3]\ngone: 5\nkeep: k\n"),
            Yaml("a: { y: 3, z: 4 }\nlist: [9]\ngone: null\nnew: n\n"));
        Assert.Equal("{a:{x:1,y:3,z:4},list:[9],keep:k,new:n}", Show(merged));
    }

    [Fact]
    public void Merge_LeavesTheInputsUnchanged()
    {
        var original = Yaml("a: { x: 1 }\n");
        DataMerge.Merge(original, Yaml("a: { x: 2 }\n"));
        Assert.Equal("{a:{x:1}}", Show(original));
    }
}
