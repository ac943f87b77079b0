using System.Reflection;
using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>The public surface of InclusionStandards.Conditions is approved against a checked-in file and immutable.</summary>
public class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(CelEnvironment).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(CelEnvironment).Namespace)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        var approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conditions", "PublicApi.Conditions.txt")).ReplaceLineEndings("\n").Trim();

        Assert.Equal(approved, Describe().Trim());
    }

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

    internal static string Describe()
    {
        var lines = new List<string>();
        foreach (var t in PublicTypes)
        {
            lines.Add($"{Kind(t)} {t.FullName}");
            var members = t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m.Name != "<Clone>$" && m.DeclaringType == t)
                .Select(m => "  " + m.MemberType + " " + m)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join("\n", lines);
    }

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : "class";
}
