#region readme
using InclusionStandards.Assessments.Json;
using InclusionStandards.Hosting;
using InclusionStandards.Reports;
using Microsoft.Extensions.DependencyInjection;

public static class ReadmeSample
{
    public static (string Json, string Html) AssessOnce(string evidenceYamlOrJson, string? customStandardsDirectory = null)
    {
        var services = new ServiceCollection();
        services.AddInclusionStandards(options =>
        {
            // Your own standards, layered over the embedded ones: a file with the id of an embedded
            // standard replaces it; other files are added. Without this, the embedded standards are used.
            if (customStandardsDirectory is not null)
            {
                options.StandardsDirectories.Add(customStandardsDirectory);
            }
        });

        // In an ASP.NET Core or generic host the standards are compiled at start; here, on first use.
        using var provider = services.BuildServiceProvider();
        var assessor = provider.GetRequiredService<IAssessmentService>();

        AssessmentResult result = assessor.Assess(evidenceYamlOrJson, source: "evidence.yaml");
        if (!result.Succeeded)
        {
            // Bad evidence is never an exception: each diagnostic has a code, a message, a line and a column.
            throw new ArgumentException(string.Join("\n", result.Diagnostics));
        }

        return (AssessmentJson.Serialize(result.Assessment), HtmlReport.Render(result.Assessment));
    }
}
#endregion
