using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace InclusionStandards.Server.Tests;

/// <summary>Sends many submissions at once and reads back what the server kept.</summary>
internal static class Submissions
{
    /// <summary>One submission's fate: its evidence, and the id and body when the server acknowledged it with 201.</summary>
    public sealed record Sent(string Evidence, string? Id, string? Body, double Milliseconds, HttpStatusCode? Status, string? Error);

    public static async Task<List<Sent>> SendAsync(HttpClient client, IReadOnlyList<string> evidence, int concurrency, Action<int>? onAcknowledged = null)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var acknowledged = 0;
        var tasks = evidence.Select(async text =>
        {
            await gate.WaitAsync();
            try
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await client.PostAsync("/api/assessments", Samples.Yaml(text));
                    var body = await response.Content.ReadAsStringAsync();
                    var ms = clock.Elapsed.TotalMilliseconds;
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        onAcknowledged?.Invoke(Interlocked.Increment(ref acknowledged));
                        return new Sent(text, response.Headers.Location!.OriginalString.Split('/')[^1], body, ms, response.StatusCode, null);
                    }

                    return new Sent(text, null, null, ms, response.StatusCode, body);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    return new Sent(text, null, null, clock.Elapsed.TotalMilliseconds, null, $"{e.GetType().Name}: {e.Message} {e.InnerException?.Message}");
                }
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. await Task.WhenAll(tasks)];
    }

    /// <summary>Every kept assessment id of the organisations (through an admin key).</summary>
    public static async Task<List<string>> KeptIdsAsync(HttpClient admin, IEnumerable<string> organisations)
    {
        var ids = new List<string>();
        foreach (var ods in organisations)
        {
            var list = await admin.GetAsync($"/api/organisations/{ods}/assessments");
            list.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
            ids.AddRange(json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
        }

        return ids;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}
