using InclusionStandards.Diagnostics;

namespace InclusionStandards.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void ToString_WithLocation_UsesFileLineColumnFormat()
    {
        var d = Diagnostic.Error("STD101", "unknown key 'titel'", new SourceLocation("a.yaml", 3, 5));
        Assert.Equal("a.yaml:3:5: error STD101: unknown key 'titel'", d.ToString());
    }

    [Fact]
    public void Sort_MixedLocations_OrdersByFileLineColumn()
    {
        var list = new List<Diagnostic>
        {
            Diagnostic.Error("B", "x", new SourceLocation("b.yaml", 1, 1)),
            Diagnostic.Error("A", "x", new SourceLocation("a.yaml", 2, 1)),
            Diagnostic.Error("A", "x", new SourceLocation("a.yaml", 1, 9)),
        };
        list.Sort();
        Assert.Equal(["a.yaml:1:9", "a.yaml:2:1", "b.yaml:1:1"], list.Select(d => d.Location!.ToString()));
    }

    [Fact]
    public void Offset_InsideSingleLineScalar_ShiftsColumn()
    {
        var at = new SourceLocation("s.yaml", 10, 16);
        Assert.Equal(new SourceLocation("s.yaml", 10, 20), at.Offset(1, 5));
    }
}
