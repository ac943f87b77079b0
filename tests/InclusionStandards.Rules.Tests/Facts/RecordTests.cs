using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Rules.Tests.Facts;

public class RecordTests
{
    private static RecordType MakeType()
    {
        var t = new RecordType("Member");
        t.AddField("name", FieldType.String);
        t.AddField("age", FieldType.Int);
        t.AddField("score", FieldType.Double);
        t.AddField("voting", FieldType.Bool);
        t.AddField("tags", FieldType.ListOf(FieldType.String));
        return t.Seal();
    }

    [Fact]
    public void Build_SetFields_ReadsBackTypedValuesAndAbsence()
    {
        var t = MakeType();
        var r = t.CreateBuilder().Set("name", "Ada").Set("score", 2L).Set("voting", true).Build();

        Assert.True(r.Has(0));
        Assert.Equal("Ada", r.GetString(0));
        Assert.False(r.Has(1));
        Assert.Null(r.GetValue("age"));
        Assert.Equal(2.0, r.GetDouble(2));
        Assert.True(r.GetBool(3));
    }

    [Fact]
    public void TypedGetter_OfAnotherKind_ThrowsNamingTheField()
    {
        var r = MakeType().CreateBuilder().Set("age", 41L).Set("score", 2.5).Build();

        Assert.Contains("Member.score", Assert.Throws<InvalidOperationException>(() => r.GetInt(2)).Message);
        Assert.Contains("Member.age", Assert.Throws<InvalidOperationException>(() => r.GetDouble(1)).Message);
        Assert.Throws<InvalidOperationException>(() => r.GetBool(1));
        Assert.Equal(41L, r.GetInt(1));
        Assert.Equal(2.5, r.GetDouble(2));
    }

    [Fact]
    public void Set_ListOrMap_KeepsACopyTheCallerCannotChange()
    {
        var t = new RecordType("Bag");
        t.AddField("tags", FieldType.ListOf(FieldType.String));
        t.AddField("scores", FieldType.MapOf(FieldType.Int));
        t.Seal();
        var tags = new List<object?> { "a", "b" };
        var scores = new Dictionary<string, object?> { ["x"] = 1L };
        var r = t.CreateBuilder().Set("tags", tags).Set("scores", scores).Build();

        tags.Clear();
        scores.Clear();

        Assert.Equal(["a", "b"], (IReadOnlyList<object?>)r.GetValue("tags")!);
        Assert.Single((IReadOnlyDictionary<string, object?>)r.GetValue("scores")!);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.IList)r.GetValue("tags")!).Clear());
    }

    [Fact]
    public void Set_WrongType_ThrowsWithFieldName()
    {
        var t = MakeType();
        var ex = Assert.Throws<ArgumentException>(() => t.CreateBuilder().Set("age", "old"));
        Assert.Contains("Member.age", ex.Message);
    }

    [Fact]
    public void Build_BuilderReused_EarlierRecordUnchanged()
    {
        var t = MakeType();
        var b = t.CreateBuilder().Set("age", 40L);
        var first = b.Build();
        var second = b.Set("age", 41L).Build();

        Assert.Equal(40, first.GetInt(1));
        Assert.Equal(41, second.GetInt(1));
        Assert.Equal(40, first.ToBuilder().Build().GetInt(1));
    }

    [Fact]
    public void AddField_AfterSeal_Throws()
    {
        var t = MakeType();
        Assert.Throws<InvalidOperationException>(() => t.AddField("x", FieldType.Int));
    }
}
