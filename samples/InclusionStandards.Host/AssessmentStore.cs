using System.Collections.Concurrent;
using InclusionStandards.Assessments;

namespace InclusionStandards.Host;

/// <summary>The assessments made since start, in memory, the most recent <see cref="Capacity"/> kept. Thread-safe.</summary>
internal sealed class AssessmentStore
{
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, Assessment> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public string Add(Assessment assessment)
    {
        var id = Guid.NewGuid().ToString("N");
        _byId[id] = assessment;
        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _byId.TryRemove(oldest, out _);
        }

        return id;
    }

    public Assessment? Find(string id) => _byId.GetValueOrDefault(id);
}
