namespace InclusionStandards.Server.Api;

/// <summary>
/// Bounds how many evaluations run at once (<c>Server:MaxConcurrentEvaluations</c>, default the processor count).
/// An evaluation is CPU-bound and synchronous: unbounded, a burst of submissions would occupy every thread-pool
/// thread and starve the server's own I/O (connections then time out). Waiting submissions hold no thread.
/// </summary>
internal sealed class EvaluationGate(IConfiguration configuration) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, configuration.GetValue("Server:MaxConcurrentEvaluations", Environment.ProcessorCount)));

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            return await Task.Run(work, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
