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
