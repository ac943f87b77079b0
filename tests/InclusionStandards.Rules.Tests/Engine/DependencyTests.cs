using System.Reflection;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Tests.Engine;

public class DependencyTests
{
    [Fact]
    public void RulesAssembly_RuntimeClosure_HasNoRoslyn()
    {
        var seen = new HashSet<string>();
        var pending = new Stack<Assembly>([typeof(RuleCompiler).Assembly]);
        while (pending.Count > 0)
        {
            foreach (var name in pending.Pop().GetReferencedAssemblies())
            {
                Assert.DoesNotContain("Microsoft.CodeAnalysis", name.Name);
                if (seen.Add(name.Name!) && !name.Name!.StartsWith("System", StringComparison.Ordinal) && name.Name != "netstandard" && name.Name != "mscorlib")
                {
                    pending.Push(Assembly.Load(name));
                }
            }
        }

        Assert.Contains("System.Linq.Expressions", seen);
    }

    [Fact]
    public void PublicModelTypes_HaveNoPublicSetters()
    {
        var mutable = typeof(RuleDefinition).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(RuleDefinition).Namespace)
            .SelectMany(t => t.GetProperties())
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(mutable);
    }
}
