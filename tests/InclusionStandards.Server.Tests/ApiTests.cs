using InclusionStandards.Validation;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Server.Tests;

/// <summary>One server for the API's answers: formats, sizes, charsets, scoping, CSV, downloads, headers, rate limits, trends.</summary>
public sealed class ApiTests : IClassFixture<ApiTests.Server>, IDisposable
{
    private readonly Server _server;
    private readonly HttpClient _assessor;

    public ApiTests(Server server)
    {
        _server = server;
        _assessor = server.Process.Client(ServerProcess.AssessorKey);
    }

    public void Dispose() => _assessor.Dispose();

    [Fact]
    public async Task WrongOrMissingContentType_Is415NamingWhatToSend()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.StrongTrust));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded"); // what curl --data-binary sends
        var response = await _assessor.PostAsync("/api/assessments", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await Problem(response);
        Assert.Contains("application/yaml", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknownCharset = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.StrongTrust));
        unknownCharset.Headers.ContentType = MediaTypeHeaderValue.Parse("application/yaml; charset=klingon");
        var charset = await _assessor.PostAsync("/api/assessments", unknownCharset);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, charset.StatusCode);
        Assert.Contains("UTF-8", (await Problem(charset)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // UTF-7 (which .NET refuses to decode: it was a 500) and legacy code pages are 415 too, never a server error.
        foreach (var name in new[] { "utf-7", "\"UTF-7\"", "iso-8859-1", "ibm037" })
        {
            var legacy = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.StrongTrust));
            legacy.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/yaml; charset={name}");
            var refused = await _assessor.PostAsync("/api/assessments", legacy);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        }
    }

    [Fact]
    public async Task TooLargeOrInvalid_IsAProblemWithLocatedDiagnostics()
    {
        var huge = new ByteArrayContent(new byte[(16 * 1024 * 1024) + 1]); // one byte over the library's evidence file limit
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        // Expect: 100-continue, as a careful client sends: the refusal comes before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessments") { Content = huge };
        request.Headers.ExpectContinue = true;
        var tooLarge = await _assessor.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("urn:inclusion-standards:problem:too-large", (await Problem(tooLarge)).GetProperty("type").GetString());

        var invalid = await _assessor.PostAsync("/api/assessments", Samples.Yaml("organisation: {odsCode: RAA01}\nperiod: soon\n"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var diagnostics = (await Problem(invalid)).GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("line").GetInt32() == 2 && d.GetProperty("code").GetString()!.StartsWith("EVD", StringComparison.Ordinal));

        var manyErrors = "organisation: {odsCode: RAA01, name: A Trust, type: acute-trust}\nperiod: {start: '2023-04-01', end: '2024-03-31'}\n"
            + string.Concat(Enumerable.Range(0, 150).Select(i => $"unknown{i}: 1\n"));
        var capped = await Problem(await _assessor.PostAsync("/api/assessments", Samples.Yaml(manyErrors)));
        Assert.True(capped.GetProperty("diagnosticCount").GetInt32() >= 150, capped.ToString());
        Assert.Equal(100, capped.GetProperty("diagnostics").GetArrayLength());

        var notUtf8 = new ByteArrayContent([0x6F, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]);
        notUtf8.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        var bytes = await _assessor.PostAsync("/api/assessments", notUtf8);
        Assert.Equal(HttpStatusCode.BadRequest, bytes.StatusCode);
        var notUtf8Diagnostic = Assert.Single((await Problem(bytes)).GetProperty("diagnostics").EnumerateArray());
        Assert.Contains("not valid UTF-8", notUtf8Diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, 4), (notUtf8Diagnostic.GetProperty("line").GetInt32(), notUtf8Diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task ScopedAssessor_MaySubmitOnlyForItsOrganisation_AndNothingIsSeenAcrossScopes()
    {
        using var scoped = _server.Process.Client(ServerProcess.ScopedAssessorKey);
        var refused = await scoped.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RSC01")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("RSC01", (await Problem(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var own = await scoped.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation(ServerProcess.ViewerOrganisation)));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        using var viewer = _server.Process.Client(ServerProcess.ViewerKey);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(own.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation(ServerProcess.ViewerOrganisation)))).StatusCode);

        var other = await _assessor.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RSC02")));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(other.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(other.Headers.Location + "/downloads/report.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(other.Headers.Location + "/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/api/assessments/not-an-id")).StatusCode);
    }

    [Fact]
    public async Task Downloads_AreTheLibrarysRenderings_AndResponsesCarrySecurityHeaders()
    {
        var created = await _assessor.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RDL01")));
        var location = created.Headers.Location!.OriginalString;
        var json = await created.Content.ReadAsStringAsync();
        var assessment = AssessmentJson.Deserialize(json);

        var md = await _assessor.GetAsync(location + "/downloads/report.md");
        Assert.Equal(InclusionStandards.Reports.MarkdownReport.Render(assessment), await md.Content.ReadAsStringAsync());
        Assert.Equal("attachment", md.Content.Headers.ContentDisposition?.DispositionType);
        var html = await _assessor.GetAsync(location + "/downloads/report.html");
        Assert.Equal(InclusionStandards.Reports.HtmlReport.Render(assessment), await html.Content.ReadAsStringAsync());
        Assert.Equal(json, await _assessor.GetStringAsync(location + "/downloads/assessment.json"));
        Assert.Equal(InclusionStandards.Reports.ActionPlanReport.Csv(assessment), await _assessor.GetStringAsync(location + "/downloads/plan.csv"));
        Assert.Equal(InclusionStandards.Reports.ActionPlanReport.Markdown(assessment), await _assessor.GetStringAsync(location + "/downloads/plan.md"));
        Assert.Equal(HttpStatusCode.NotFound, (await _assessor.GetAsync(location + "/downloads/report.exe")).StatusCode);

        Assert.Equal("nosniff", md.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'self'", md.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", md.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ReassessmentOfALaterPeriod_IsANewRecordWithTheLibrarysTrend()
    {
        var first = await _assessor.PostAsync("/api/assessments", Samples.Yaml(Samples.EarlierPeriod("RTR01")));
        var second = await _assessor.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RTR01")));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Null(AssessmentJson.Deserialize(await first.Content.ReadAsStringAsync()).Trend);
        var trend = AssessmentJson.Deserialize(await second.Content.ReadAsStringAsync()).Trend;
        Assert.NotNull(trend);
        Assert.Equal(new DateOnly(2023, 3, 31), trend.PreviousPeriod.End);

        var list = JsonDocument.Parse(await _assessor.GetStringAsync("/api/organisations/RTR01/assessments")).RootElement;
        Assert.Equal(["2024-03-31", "2023-03-31"], list.EnumerateArray().Select(e => e.GetProperty("periodEnd").GetString()!));
    }

    [Fact]
    public async Task SurveyCsv_IsImportedThroughTheShippedMapping()
    {
        var mapping = StandardsLoader.LoadFile(Path.Combine(Samples.RepositoryRoot, "standards", "mappings", "nhs-staff-survey-organisations.yaml")).CsvMappings.Single();
        var columns = mapping.Organisation.Values.SelectMany(c => c.Fallback is null ? [c.Column] : new[] { c.Column, c.Fallback })
            .Concat(mapping.Evidence.Values.Select(c => c.Column)).Append(mapping.Period.Column).Distinct().ToList();
        string Cell(string column, string ods) => column switch
        {
            "ODS code" => ods,
            "Year" => "2023",
            "Organisation name" => ods + " Trust",
            "Benchmarking group" => "Acute and Acute & Community Trusts",
            "Region" => "London",
            "ICS" => "North Central London",
            "Weighting" => "Unweighted",
            _ => "NA",
        };
        var csv = string.Join(",", columns.Select(c => $"\"{c}\"")) + "\n" + string.Join(",", columns.Select(c => Cell(c, "RCV01"))) + "\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await _assessor.PostAsync("/api/assessments", content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal("RCV01", AssessmentJson.Deserialize(await response.Content.ReadAsStringAsync()).Organisation.OdsCode);
        Assert.Equal(csv, await _assessor.GetStringAsync(response.Headers.Location + "/evidence"));
    }

    [Fact]
    public async Task SignInAttempts_AreRateLimited()
    {
        using var anonymous = _server.Process.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await anonymous.PostAsync("/signin", new FormUrlEncodedContent([new("userName", "x"), new("password", "y")]))).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The shared server (SQLite).</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly ServerDatabase _database = ServerDatabase.Sqlite();

        public ServerProcess Process { get; private set; } = null!;

        public async Task InitializeAsync() => Process = await ServerProcess.StartAsync(ServerProcess.Arguments(_database));

        public Task DisposeAsync()
        {
            Process.Dispose();
            _database.Dispose();
            return Task.CompletedTask;
        }
    }
}
