using System.Reflection;
using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>
/// The public classes of InclusionStandards.Conditions are immutable. (Their signatures are tracked with the rest of the
/// package in src/InclusionStandards/PublicAPI.txt; see Hosting/PublicApiTests.)
/// </summary>
public class PublicTypeImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(CelEnvironment).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(CelEnvironment).Namespace)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void PublicClasses_AreSealedOrStatic_AndHaveNoPublicSetters()
    {
        foreach (var t in PublicTypes.Where(t => t.IsClass))
        {
            Assert.True(t.IsSealed, $"{t.Name} is not sealed");
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var setter = p.SetMethod;
                var isInit = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) ?? false;
                Assert.True(setter is null || !setter.IsPublic || isInit, $"{t.Name}.{p.Name} has a public setter");
            }
        }
    }
}
