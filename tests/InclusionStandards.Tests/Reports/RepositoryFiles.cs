namespace InclusionStandards.Tests.Reports;

/// <summary>Finds checked-in files of the repository from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
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

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
