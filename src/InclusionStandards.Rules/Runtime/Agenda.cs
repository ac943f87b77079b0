namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The conflict set, in firing order: higher salience, then lower rule index, then earlier activation.
/// Removed activations are skipped lazily. Session-owned.
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<Activation, Activation> _queue = new(OrderComparer.Instance);

    public void Add(Activation activation) => _queue.Enqueue(activation, activation);

    public bool TryNext(out Activation activation)
    {
        while (_queue.TryDequeue(out activation!, out _))
        {
            if (!activation.Removed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The activation that would fire next, without removing it.</summary>
    public bool TryPeek(out Activation activation)
    {
        while (_queue.TryPeek(out activation!, out _))
        {
            if (!activation.Removed)
            {
                return true;
            }

            _queue.Dequeue();
        }

        return false;
    }

    public bool IsEmpty
    {
        get
        {
            while (_queue.TryPeek(out var a, out _) && a.Removed)
            {
                _queue.Dequeue();
            }

            return _queue.Count == 0;
        }
    }

    private sealed class OrderComparer : IComparer<Activation>
    {
        public static readonly OrderComparer Instance = new();

        public int Compare(Activation? x, Activation? y)
        {
            var c = y!.Rule.Salience.CompareTo(x!.Rule.Salience);
            if (c != 0)
            {
                return c;
            }

            c = x.Rule.Index.CompareTo(y.Rule.Index);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
