using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Tests.Model;

public class ModelTests
{
    private static readonly SourceLocation At = new("e.yaml", 1, 1);

    [Theory]
    [InlineData("int", "int")]
    [InlineData("list<BoardMember>", "list<BoardMember>")]
    [InlineData("map< string , list<int> >", "map<string, list<int>>")]
    [InlineData("Organisation", "Organisation")]
    public void TypeReference_TryParse_WellFormed_RoundTrips(string text, string expected) =>
        Assert.Equal(expected, TypeReference.TryParse(text)!.ToString());

    [Theory]
    [InlineData("list<>")]
    [InlineData("map<int, string>")]
    [InlineData("float")]
    [InlineData("list<int")]
    public void TypeReference_TryParse_Malformed_ReturnsNull(string text) => Assert.Null(TypeReference.TryParse(text));

    [Fact]
    public void BuildRecordTypes_Schema_BuildsSealedTypesAndRoot()
    {
        var schema = Schema();
        var types = schema.BuildRecordTypes();
        Assert.True(types.TryGet("BoardMember", out var bm));
        Assert.True(bm.IsSealed);
        Assert.Equal(FieldKind.List, bm.Fields[1].Type.Kind);
        Assert.Equal(["organisation", "period", "assessmentDate", "boardMembers"], types.Root.Fields.Select(f => f.Name));
        Assert.Same(bm, types.Root.Fields[3].Type.ElementType!.RecordType);
        Assert.Equal(FieldKind.Timestamp, types.Period.Fields[0].Type.Kind);
    }

    [Fact]
    public void Catalog_ContentHash_IndependentOfInputOrder()
    {
        var a = Schema();
        var b = Schema() with { Id = "other", ContentHash = "sha256:01" };
        Assert.Equal(StandardsCatalog.Create([a, b]).ContentHash, StandardsCatalog.Create([b, a]).ContentHash);
        Assert.StartsWith("sha256:", StandardsCatalog.Create([a]).ContentHash);
    }

    private static EvidenceSchema Schema() => new()
    {
        Id = "evidence", Version = "0.1.0", Title = "E", Status = StandardStatus.Proposed, Sources = [], File = "e.yaml",
        Location = At, ContentHash = "sha256:00",
        Types =
        [
            new EvidenceTypeDefinition
            {
                Name = "Organisation", Location = At,
                Fields = [Field("odsCode", "string"), Field("name", "string"), Field("type", "string")],
            },
            new EvidenceTypeDefinition
            {
                Name = "BoardMember", Key = "id", Location = At,
                Fields = [Field("id", "string"), Field("objectives", "list<string>")],
            },
        ],
        Root = [Field("organisation", "Organisation"), Field("boardMembers", "list<BoardMember>")],
    };

    private static EvidenceFieldDefinition Field(string name, string type) =>
        new() { Name = name, Type = TypeReference.TryParse(type)!, Location = At, TypeLocation = At };
}
