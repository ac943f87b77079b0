using System.Reflection;
using System.Runtime.CompilerServices;

namespace InclusionStandards.Rules.Tests.PublicApi;

/// <summary>
/// The public surface of InclusionStandards.Rules is approved in <c>InclusionStandards.Rules.txt</c>; a change to it
/// must be deliberate. The record facts (<c>InclusionStandards.Rules.Facts</c>) are a contract shared with the
/// condition-language work and are left out. Run with <c>UPDATE_PUBLIC_API=1</c> to rewrite the approved file after an intended change.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_Rules_MatchesApprovedFile()
    {
        var actual = Describe(typeof(RuleCompiler).Assembly);
        var path = Path.Combine(Path.GetDirectoryName(SourcePath())!, "InclusionStandards.Rules.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.Equal(approved, actual);
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes().Where(t => t.Namespace != "InclusionStandards.Rules.Facts"))
        {
            var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" :
                typeof(Delegate).IsAssignableFrom(type) ? "delegate" : type.IsAbstract && type.IsSealed ? "static class" :
                type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
            lines.Add($"{type.FullName}: {kind}");
            foreach (var member in type.GetMembers(flags))
            {
                if (member is MethodInfo { IsSpecialName: true } || member.IsDefined(typeof(CompilerGeneratedAttribute)))
                {
                    continue;
                }

                lines.Add($"{type.FullName}: {member.MemberType} {member}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
