using System.Net.Http.Headers;
using System.Text;

namespace InclusionStandards.Server.Tests;

/// <summary>Evidence to submit: the repository's strong acute trust example, optionally under another ODS code.</summary>
internal static class Samples
{
    public const string ExampleOds = "RZZ01";

    public static string RepositoryRoot
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "InclusionStandards.sln")))
            {
                dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
            }

            return dir ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    public static string StrongTrust => File.ReadAllText(Path.Combine(RepositoryRoot, "standards", "examples", "strong-acute-trust.yaml"));

    /// <summary>The example with its ODS code replaced (the replacement is checked to have happened).</summary>
    public static string ForOrganisation(string ods, string? name = null)
    {
        var text = StrongTrust;
        var changed = text.Replace($"odsCode: {ExampleOds}", $"odsCode: {ods}", StringComparison.Ordinal);
        if (name is not null)
        {
            changed = changed.Replace("name: Northvale Hospitals NHS Foundation Trust (fictional)", $"name: {name}", StringComparison.Ordinal);
        }

        if (changed == text && ods != ExampleOds)
        {
            throw new InvalidOperationException("The example's ODS code was not found: the fixture edit did not apply.");
        }

        return changed;
    }

    /// <summary>The example for another period (both dates a year earlier): a second assessment in an organisation's history.</summary>
    public static string EarlierPeriod(string ods)
    {
        var text = ForOrganisation(ods);
        var changed = text.Replace("period: {start: '2023-04-01', end: '2024-03-31'}", "period: {start: '2022-04-01', end: '2023-03-31'}", StringComparison.Ordinal)
            .Replace("assessmentDate: '2024-06-30'", "assessmentDate: '2023-06-30'", StringComparison.Ordinal);
        if (changed == text)
        {
            throw new InvalidOperationException("The example's period was not found: the fixture edit did not apply.");
        }

        return changed;
    }

    public static HttpContent Yaml(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return content;
    }
}
