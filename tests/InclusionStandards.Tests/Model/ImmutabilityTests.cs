using System.Collections.Immutable;
using System.Reflection;
using InclusionStandards.Model;

namespace InclusionStandards.Tests.Model;

public class ImmutabilityTests
{
    [Fact]
    public void ModelTypes_HaveNoPublicSettersOrMutableCollections()
    {
        var types = typeof(StandardsCatalog).Assembly.GetExportedTypes().Where(t => t.Namespace == "InclusionStandards.Model" && !t.IsEnum && !t.IsInterface);
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var setter = p.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ?? true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{p.Name} has a public setter");
                var t = p.PropertyType;
                var mutable = t.IsArray || (t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(List<>) || g == typeof(Dictionary<,>)));
                Assert.False(mutable, $"{type.Name}.{p.Name} is a mutable collection ({t.Name})");
            }
        }
    }

    [Fact]
    public void Criterion_Defaults_WeightOneAndEmptyCollectionsNotDefault()
    {
        var c = new Criterion
        {
            Id = "c", Title = "t", Statement = "s", Sources = ImmutableArray<SourceCitation>.Empty,
            Met = new Condition { Text = "true", Location = new("f", 1, 1) }, Location = new("f", 1, 1),
        };
        Assert.Equal(1, c.Weight);
        Assert.True(new Way { Id = "w", Title = "t", Sources = [], Location = c.Location }.Criteria.IsEmpty);
    }
}
