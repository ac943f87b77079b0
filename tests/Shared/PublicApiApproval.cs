using System.Reflection;

namespace InclusionStandards.TestSupport;

/// <summary>
/// Compares an assembly's public API with its checked-in PublicAPI.txt. Set UPDATE_PUBLIC_API=1 to rewrite the file
/// (then review the diff and commit it): an API change must be deliberate.
/// </summary>
internal static class PublicApiApproval
{
    public static void Verify(Assembly assembly, string projectFolder)
    {
        var root = RepositoryRoot();
        var file = Path.Combine(root, "src", projectFolder, "PublicAPI.txt");
        var actual = PublicApi.Generate(assembly);
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(file, actual);
            return;
        }

        var approved = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : string.Empty;
        if (approved == actual)
        {
            return;
        }

        var approvedLines = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = actual.Split('\n').Where(l => !approvedLines.Contains(l)).Take(40).Select(l => "+ " + l);
        var removed = approved.Split('\n').Where(l => !actualLines.Contains(l)).Take(40).Select(l => "- " + l);
        throw new Xunit.Sdk.XunitException(
            $"The public API of {assembly.GetName().Name} differs from src/{projectFolder}/PublicAPI.txt.\n" +
            "If the change is intended, regenerate the file and commit it:\n" +
            $"    UPDATE_PUBLIC_API=1 dotnet test tests/{assembly.GetName().Name}.Tests --filter PublicApi\n" +
            "Differences (first 40 each):\n" + string.Join("\n", removed.Concat(added)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InclusionStandards.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InclusionStandards.sln not found above " + AppContext.BaseDirectory);
    }
}
