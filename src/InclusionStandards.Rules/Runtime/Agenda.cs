using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The conflict set, in firing order: higher salience, then lower rule index, then earlier activation. Since the first
/// two keys belong to the rule, the agenda is one FIFO queue per rule (an intrusive list through
/// <see cref="Activation.NextInAgenda"/>, so no array grows with the number of activations), visited in the rules'
/// precomputed agenda rank. Removed activations are skipped lazily. Session-owned.
/// </summary>
internal sealed class Agenda
{
    private readonly int[] _rankOf;
    private Activation?[]? _heads;
    private Activation?[]? _tails;

    /// <summary>The lowest rank whose queue may be non-empty (every lower rank's queue is empty).</summary>
    private int _first;

    /// <param name="rankOf">Each rule's position in agenda order, by rule index (see <see cref="SessionFactory.AgendaRank"/>).</param>
    public Agenda(int[] rankOf)
    {
        _rankOf = rankOf;
        _first = rankOf.Length;
    }

    public void Add(Activation activation)
    {
        var rank = _rankOf[activation.Rule.Index];
        _heads ??= new Activation?[_rankOf.Length];
        _tails ??= new Activation?[_rankOf.Length];
        if (_tails[rank] is { } tail)
        {
            tail.NextInAgenda = activation;
        }
        else
        {
            _heads[rank] = activation;
        }

        _tails[rank] = activation;
        if (rank < _first)
        {
            _first = rank;
        }
    }

    public bool TryNext(out Activation activation)
    {
        if (!TryPeek(out activation))
        {
            return false;
        }

        Dequeue(_first);
        return true;
    }

    /// <summary>The activation that would fire next, without removing it.</summary>
    public bool TryPeek(out Activation activation)
    {
        var heads = _heads;
        for (; heads is not null && _first < heads.Length; _first++)
        {
            while (heads[_first] is { } head)
            {
                if (!head.Removed)
                {
                    activation = head;
                    return true;
                }

                Dequeue(_first);
            }
        }

        activation = null!;
        return false;
    }

    public bool IsEmpty => !TryPeek(out _);

    private void Dequeue(int rank)
    {
        var head = _heads![rank]!;
        _heads[rank] = head.NextInAgenda;
        head.NextInAgenda = null;
        if (_heads[rank] is null)
        {
            _tails![rank] = null;
        }
    }
}
