using System.Net;
using System.Text.Json;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// The "done when", on a real process: a web page at /, 401 without a key, 201 with Location for the
/// assessor, the same assessment after a restart, 404 for the viewer scoped elsewhere, the OpenAPI document — on
/// SQLite always and on PostgreSQL when a server is given.
/// </summary>
public sealed class ServiceEndToEndTests
{
    [Fact]
    public Task Sqlite_SubmitRestartRead() => SubmitRestartRead("Sqlite");

    [PostgresFact]
    public Task Postgres_SubmitRestartRead() => SubmitRestartRead("PostgreSQL");

    private static async Task SubmitRestartRead(string provider)
    {
        using var database = ServerDatabase.Create(provider);
        var arguments = ServerProcess.Arguments(database);
        string location;
        string created;
        var evidence = Samples.StrongTrust;
        using (var server = await ServerProcess.StartAsync(arguments))
        {
            using var anonymous = server.Client();
            var home = await anonymous.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<html", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var unauthorised = await anonymous.PostAsync("/api/assessments", Samples.Yaml(evidence));
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
            Assert.Equal("application/problem+json", unauthorised.Content.Headers.ContentType?.MediaType);

            using var assessor = server.Client(ServerProcess.AssessorKey);
            var response = await assessor.PostAsync("/api/assessments", Samples.Yaml(evidence));
            created = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, created);
            location = response.Headers.Location!.OriginalString;
            Assert.StartsWith("/api/assessments/", location, StringComparison.Ordinal);
            Assert.Equal(Samples.ExampleOds, AssessmentJson.Deserialize(created).Organisation.OdsCode);

            var openApi = await anonymous.GetAsync("/openapi/v1.json");
            Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
            using var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync());
            Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/assessments", out _));
        }

        using (var restarted = await ServerProcess.StartAsync(arguments))
        {
            using var assessor = restarted.Client(ServerProcess.AssessorKey);
            var again = await assessor.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(created, await again.Content.ReadAsStringAsync());

            var evidenceBack = await assessor.GetAsync(location + "/evidence");
            Assert.Equal(evidence, await evidenceBack.Content.ReadAsStringAsync());

            using var viewer = restarted.Client(ServerProcess.ViewerKey);
            var hidden = await viewer.GetAsync(location);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/organisations/{Samples.ExampleOds}/assessments")).StatusCode);

            var health = await restarted.Client().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }
}
