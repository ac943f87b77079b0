using InclusionStandards.Assessments;
using InclusionStandards.Validation;
using System.Net;
using System.Text;
using System.Text.Json;
using InclusionStandards.Assessments.Json;
using InclusionStandards.Evaluation;
using InclusionStandards.Loading;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Packaging.Tests;

/// <summary>
/// The sample host, restored from the packed packages only (a copy outside the repository, with a nuget.config that
/// adds the temporary feed to the machine's own sources), started on a free port, and called over HTTP.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class HostEndToEndTests(PackagesFixture packages)
{
    private static readonly string Example = Repository.PathOf("standards", "examples", "strong-acute-trust.yaml");

    [Fact]
    public async Task Host_FromPackedPackages_AssessesEvidence_ServesReportCatalogAndHealth_AndRejectsBadEvidence()
    {
        var dll = await BuildHostAsync();
        var (host, address) = await HostProcess.StartAsync(dll, TimeSpan.FromSeconds(90));
        using var _ = host;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

        // health
        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        // catalog: the embedded standards, with versions and hashes
        var expectedCatalog = StandardsLoader.LoadEmbedded().EnsureValid();
        using var catalog = JsonDocument.Parse(await http.GetStringAsync("/standards"));
        Assert.Equal(expectedCatalog.ContentHash, catalog.RootElement.GetProperty("contentHash").GetString());
        Assert.Equal("own", catalog.RootElement.GetProperty("engine").GetString());
        var listed = catalog.RootElement.GetProperty("standards").EnumerateArray()
            .Select(s => (s.GetProperty("id").GetString(), s.GetProperty("version").GetString(), s.GetProperty("contentHash").GetString()));
        Assert.Equal(expectedCatalog.Standards.Select(s => ((string?)s.Id, (string?)s.Version, (string?)s.ContentHash)), listed);

        // an assessment: byte-identical to evaluating in process with the library
        var evidence = await File.ReadAllTextAsync(Example);
        var created = await http.PostAsync("/assessments", new StringContent(evidence, Encoding.UTF8, "application/yaml"));
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{created.StatusCode}: {body}\n{ProcessRunner.Tail(host.Output)}");
        Assert.Equal(Expected(evidence), body);
        var assessment = AssessmentJson.Deserialize(body);
        Assert.Equal("RZZ01", assessment.Organisation.OdsCode);
        Assert.NotEmpty(assessment.Criteria);
        var location = created.Headers.Location!.ToString();
        Assert.Equal(body, await http.GetStringAsync(location));

        // the HTML report of that assessment
        var report = await http.GetAsync(location + "/report");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        var html = await report.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Northvale Hospitals NHS Foundation Trust", html);
        Assert.Contains("<svg", html);

        // bad evidence: 400, RFC 7807, located diagnostics
        var bad = evidence.Edit("evidence:\n", "evidence:\n  workfroce: {}\n");
        var rejected = await http.PostAsync("/assessments", new StringContent(bad, Encoding.UTF8, "application/yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var diagnostic = problem.RootElement.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Contains("workfroce", diagnostic.GetProperty("message").GetString());
        var line = evidence[..evidence.IndexOf("evidence:\n", StringComparison.Ordinal)].Count(c => c == '\n') + 2;
        Assert.Equal(line, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(3, diagnostic.GetProperty("column").GetInt32());

        // the declared character set is honoured; an unknown one is refused
        var utf16 = await http.PostAsync("/assessments", new StringContent(evidence, Encoding.Unicode, "application/yaml"));
        Assert.Equal(HttpStatusCode.Created, utf16.StatusCode);
        Assert.Equal(Expected(evidence), await utf16.Content.ReadAsStringAsync());
        var unknownCharset = new ByteArrayContent(Encoding.UTF8.GetBytes(evidence));
        unknownCharset.Headers.TryAddWithoutValidation("Content-Type", "application/yaml; charset=klingon");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.PostAsync("/assessments", unknownCharset)).StatusCode);

        // hostile bodies: no request may kill the process or be answered with more than it asked
        var utf7 = new ByteArrayContent(Encoding.UTF8.GetBytes(evidence));
        utf7.Headers.TryAddWithoutValidation("Content-Type", "application/yaml; charset=utf-7");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.PostAsync("/assessments", utf7)).StatusCode);
        var deep = await http.PostAsync("/assessments", new StringContent(new string('[', 50_000), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Contains("EVD107", await deep.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var oversize = new string('#', 17 * 1024 * 1024);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.PostAsync("/assessments", new StringContent(oversize, Encoding.UTF8, "application/yaml"))).StatusCode);
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(oversize)));
        chunked.Headers.TryAddWithoutValidation("Content-Type", "application/yaml");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/assessments") { Content = chunked })
        {
            request.Headers.TransferEncodingChunked = true;
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(request)).StatusCode);
        }

        var manyKeys = evidence.Replace("evidence:\n", "evidence:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  unknown{i}: 1\n")), StringComparison.Ordinal);
        var capped = await http.PostAsync("/assessments", new StringContent(manyKeys, Encoding.UTF8, "application/yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, capped.StatusCode);
        using (var cappedProblem = JsonDocument.Parse(await capped.Content.ReadAsStringAsync()))
        {
            Assert.Equal(100, cappedProblem.RootElement.GetProperty("diagnostics").GetArrayLength());
            Assert.Equal(19_900, cappedProblem.RootElement.GetProperty("notListed").GetInt32());
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode); // still serving

        // an unknown assessment
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/assessments/none/report")).StatusCode);
    }

    private static string Expected(string evidence)
    {
        var compiled = CompiledStandards.Compile(StandardsLoader.LoadEmbedded().EnsureValid(), out var diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        var document = compiled.Evidence.Parse(evidence, "evidence.yaml").Document!;
        return AssessmentJson.Serialize(new Evaluator(compiled).Evaluate(document, document.AssessmentDate ?? document.Period.End));
    }

    /// <summary>Copies the sample out of the repository (so no repository build settings apply) and builds it from the feed.</summary>
    private async Task<string> BuildHostAsync()
    {
        var project = Path.Combine(packages.Work, "host");
        Directory.CreateDirectory(project);
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("samples", "InclusionStandards.Host")))
        {
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        // The feed plus the machine's default sources (from the user-level configuration: no <clear/>).
        await File.WriteAllTextAsync(Path.Combine(packages.Work, "nuget.config"),
            $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><add key="e2e" value="{packages.Feed}" /></packageSources></configuration>""");
        await File.WriteAllTextAsync(Path.Combine(packages.Work, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(packages.Work, "Directory.Packages.props"), "<Project />");
        (await ProcessRunner.RunAsync("dotnet", project, TimeSpan.FromMinutes(5),
            "build", "-c", "Release", $"-p:InclusionStandardsVersion={packages.PackageVersion}", "-nodeReuse:false"))
            .EnsureSuccess("dotnet build of the sample host");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "InclusionStandards.Host.dll");
        Assert.True(File.Exists(dll), dll);
        return dll;
    }
}
