using InclusionStandards.Evaluation;
using InclusionStandards.Rules.Facts;
using Record = InclusionStandards.Rules.Facts.Record;

namespace InclusionStandards.Tests.Evaluation;

public sealed class RecordDiffTests
{
    private static readonly RecordType Inner = Build("Inner", ("flag", FieldType.Bool), ("note", FieldType.String));
    private static readonly RecordType Outer = Build("Outer", ("id", FieldType.String), ("inner", FieldType.Of(Inner)), ("tags", FieldType.ListOf(FieldType.String)));

    private static RecordType Build(string name, params (string Name, FieldType Type)[] fields)
    {
        var type = new RecordType(name);
        foreach (var (n, t) in fields)
        {
            type.AddField(n, t);
        }

        return type.Seal();
    }

    private static Record Make(string id, bool flag, string note, params string[] tags) =>
        Outer.CreateBuilder().Set("id", id).Set("inner", Inner.CreateBuilder().Set("flag", flag).Set("note", note).Build())
            .Set("tags", tags.Cast<object?>().ToList()).Build();

    [Fact]
    public void ChangedPaths_EqualContentInNewObjects_IsEmpty() =>
        Assert.Empty(RecordDiff.ChangedPaths(Make("a", true, "n", "x", "y"), Make("a", true, "n", "x", "y")));

    [Fact]
    public void ChangedPaths_NestedFieldChanged_NamesTheNestedPath() =>
        Assert.Equal(["inner.flag"], RecordDiff.ChangedPaths(Make("a", true, "n"), Make("a", false, "n")));

    [Fact]
    public void ChangedPaths_ListChanged_NamesTheListField() =>
        Assert.Equal(["id", "tags"], RecordDiff.ChangedPaths(Make("a", true, "n", "x"), Make("b", true, "n", "x", "z")));

    [Theory]
    [InlineData("inner.flag", "inner.flag", true)]
    [InlineData("inner.flag", "inner", true)]
    [InlineData("inner", "inner.flag", true)]
    [InlineData("inner.flag", "inner.note", false)]
    [InlineData("tags", "tags[0]", true)]
    [InlineData("id", "identity", false)]
    [InlineData("", "anything", true)]
    public void Touches_PathsOnTheSameBranch_Touch(string changed, string read, bool expected) =>
        Assert.Equal(expected, RecordDiff.Touches([changed], read));
}
