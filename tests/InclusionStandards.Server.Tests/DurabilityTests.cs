using System.Net;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// Nothing is lost: the process is killed while submissions are in flight, restarted, and every acknowledged
/// assessment is there, unchanged, once; nothing half-written is kept; a refused submission keeps nothing.
/// </summary>
public sealed class DurabilityTests
{
    private static readonly string[] Organisations = ["RAA01", "RBB02", "RCC03", "RDD04"];

    [Fact]
    public Task Sqlite_KilledMidRun_KeepsEveryAcknowledgedAssessmentWhole() => KilledMidRun("Sqlite");

    [PostgresFact]
    public Task Postgres_KilledMidRun_KeepsEveryAcknowledgedAssessmentWhole() => KilledMidRun("PostgreSQL");

    [Fact]
    public async Task RefusedSubmissions_KeepNothing()
    {
        using var database = ServerDatabase.Sqlite();
        using var server = await ServerProcess.StartAsync(ServerProcess.Arguments(database));
        using var assessor = server.Client(ServerProcess.AssessorKey);
        using var admin = server.Client(ServerProcess.AdminKey);

        var bad = await assessor.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RAA01").Replace("period: {start: '2023-04-01'", "period: {start: 'not-a-date'", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var scoped = server.Client(ServerProcess.ScopedAssessorKey);
        var forbidden = await scoped.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RAA01")));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Empty(await Submissions.KeptIdsAsync(admin, ["RAA01"]));

        var good = await assessor.PostAsync("/api/assessments", Samples.Yaml(Samples.ForOrganisation("RAA01")));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Single(await Submissions.KeptIdsAsync(admin, ["RAA01"]));
    }

    private static async Task KilledMidRun(string provider)
    {
        using var database = ServerDatabase.Create(provider);
        var arguments = ServerProcess.Arguments(database, "--Server:RateLimit:PermitsPerMinute=100000");
        var evidence = Enumerable.Range(0, 120).Select(i => Samples.ForOrganisation(Organisations[i % Organisations.Length])).ToList();
        List<Submissions.Sent> sent;
        using (var server = await ServerProcess.StartAsync(arguments))
        {
            using var assessor = server.Client(ServerProcess.AssessorKey);
            var killed = 0;
            sent = await Submissions.SendAsync(assessor, evidence, concurrency: 12, onAcknowledged: count =>
            {
                if (count == 25 && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    server.Kill();
                }
            });
        }

        var acknowledged = sent.Where(s => s.Id is not null).ToList();
        Assert.True(acknowledged.Count >= 25, $"only {acknowledged.Count} acknowledged before the kill");
        Assert.True(sent.Count(s => s.Id is null) > 0, "the kill came after every submission finished: it tested nothing");

        using var restarted = await ServerProcess.StartAsync(arguments);
        using var admin = restarted.Client(ServerProcess.AdminKey);
        var kept = await Submissions.KeptIdsAsync(admin, Organisations);
        Assert.Equal(kept.Count, kept.Distinct().Count());
        Assert.True(kept.Count <= evidence.Count);
        foreach (var ack in acknowledged)
        {
            Assert.Contains(ack.Id!, kept);
            var again = await admin.GetAsync($"/api/assessments/{ack.Id}");
            Assert.Equal(ack.Body, await again.Content.ReadAsStringAsync());
        }

        // Kept but not acknowledged (the reply was lost in the kill) is allowed; half-written is not: each is whole.
        foreach (var id in kept)
        {
            var json = await (await admin.GetAsync($"/api/assessments/{id}")).Content.ReadAsStringAsync();
            Assert.True(AssessmentJson.TryDeserialize(json, out var assessment, out var error), error);
            var stored = await (await admin.GetAsync($"/api/assessments/{id}/evidence")).Content.ReadAsStringAsync();
            Assert.Equal(Samples.ForOrganisation(assessment!.Organisation.OdsCode), stored);
        }
    }
}
