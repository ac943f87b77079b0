using System.Globalization;
using System.Net;
using InclusionStandards.Assessments.Json;
using Xunit.Abstractions;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// A bounded loopback load test: 200 submissions at once from one client to a server on 127.0.0.1; every accepted
/// submission is kept exactly once and whole. Latencies (p50/p95) are printed for benchmarks/README.md; they are
/// recorded, not asserted.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Count = 200;

    [Fact]
    public async Task TwoHundredConcurrentSubmissions_EachKeptExactlyOnce()
    {
        using var database = ServerDatabase.Sqlite();
        using var server = await ServerProcess.StartAsync(ServerProcess.Arguments(database, "--Server:RateLimit:PermitsPerMinute=100000"));
        var organisations = Enumerable.Range(0, 20).Select(i => $"L{i:D2}01").ToList();
        var evidence = Enumerable.Range(0, Count).Select(i => Samples.ForOrganisation(organisations[i % organisations.Count])).ToList();

        using var assessor = server.Client(ServerProcess.AssessorKey);
        await assessor.PostAsync("/api/assessments", Samples.Yaml("warm: up")); // JIT and connection warm-up; refused, keeps nothing
        var alone = await Submissions.SendAsync(assessor, [.. Enumerable.Range(0, 20).Select(i => Samples.ForOrganisation("SEQ01"))], concurrency: 1);
        Assert.All(alone, s => Assert.Equal(HttpStatusCode.Created, s.Status));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sent = await Submissions.SendAsync(assessor, evidence, concurrency: Count);
        var wall = clock.Elapsed;

        Assert.All(sent, s => Assert.True(s.Status == HttpStatusCode.Created, $"{s.Status}: {s.Error}\n{server.Output}"));
        using var admin = server.Client(ServerProcess.AdminKey);
        var kept = await Submissions.KeptIdsAsync(admin, organisations);
        Assert.Equal(Count, kept.Count);
        Assert.Equal(sent.Select(s => s.Id!).Order(), kept.Order());
        foreach (var id in kept.Take(20))
        {
            Assert.True(AssessmentJson.TryDeserialize(await admin.GetStringAsync($"/api/assessments/{id}"), out _, out var error), error);
        }

        var ms = sent.Select(s => s.Milliseconds).ToList();
        var single = alone.Select(s => s.Milliseconds).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one at a time: 20 submissions, latency p50 {Submissions.Percentile(single, 50):F0} ms, p95 {Submissions.Percentile(single, 95):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {Count} concurrent submissions in {wall.TotalSeconds:F1} s ({Count / wall.TotalSeconds:F0}/s); latency p50 {Submissions.Percentile(ms, 50):F0} ms, p95 {Submissions.Percentile(ms, 95):F0} ms, max {ms.Max():F0} ms"));
    }
}
