namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// Logical facts that lost their last justification and whose retraction waits (see
/// <see cref="SessionOptions.KeepEqualLogicalFacts"/>): each with the best agenda rank among the rules it can affect,
/// and by value, so an equal re-derivation can take it back. Session-owned.
/// </summary>
internal sealed class WithdrawnFacts
{
    private readonly Dictionary<object, FactHandle> _byValue = new();
    private readonly List<(FactHandle Handle, int Rank)> _waiting = new();
    private int _minRank = int.MaxValue;

    public int Count => _waiting.Count;

    /// <summary>Adds a fact waiting to be retracted; false (retract it now) when an equal fact is already waiting or its equality throws.</summary>
    public bool TryAdd(FactHandle handle, int rank)
    {
        try
        {
            if (!_byValue.TryAdd(handle.Fact, handle))
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }

        _waiting.Add((handle, rank));
        _minRank = Math.Min(_minRank, rank);
        return true;
    }

    /// <summary>Takes back the waiting fact equal to <paramref name="fact"/> (same type), if any.</summary>
    public FactHandle? TakeEqual(object fact)
    {
        try
        {
            if (_byValue.TryGetValue(fact, out var handle) && handle.Fact.GetType() == fact.GetType() && !handle.Removed)
            {
                _byValue.Remove(fact);
                return handle;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An Equals or GetHashCode that throws: treat the fact as new.
        }

        return null;
    }

    /// <summary>
    /// Removes and returns the waiting facts that a rule of rank <paramref name="limit"/> or later could be affected
    /// by (all of them for <see cref="int.MaxValue"/>). Facts taken back in the meantime are among them; the caller
    /// retracts only those still unjustified.
    /// </summary>
    public List<FactHandle>? TakeDue(int limit)
    {
        if (_minRank > limit)
        {
            return null;
        }

        var due = new List<FactHandle>();
        var kept = 0;
        _minRank = int.MaxValue;
        for (var i = 0; i < _waiting.Count; i++)
        {
            var (handle, rank) = _waiting[i];
            if (rank <= limit)
            {
                due.Add(handle);
                if (_byValue.Remove(handle.Fact, out var h) && !ReferenceEquals(h, handle))
                {
                    _byValue.Add(handle.Fact, h); // an equal fact's entry, not this one's: keep it (one hash in the usual case)
                }
            }
            else
            {
                _waiting[kept++] = (handle, rank);
                _minRank = Math.Min(_minRank, rank);
            }
        }

        _waiting.RemoveRange(kept, _waiting.Count - kept);
        return due;
    }
}
