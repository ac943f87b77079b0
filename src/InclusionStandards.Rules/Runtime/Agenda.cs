using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// The conflict set, in firing order: higher salience, then earlier activation (as NRules orders its agenda). The
/// agenda is one FIFO queue per salience (an intrusive list through <see cref="Activation.NextInAgenda"/>, so no array
/// grows with the number of activations), visited in the precomputed agenda rank of the saliences. Removed activations
/// are skipped lazily. The queues' heads and tails live in one array rented from the compiled rule set while the agenda
/// is non-empty (see <see cref="Release"/>). Session-owned.
/// </summary>
internal sealed class Agenda
{
    private readonly int[] _rankOf;
    private readonly int _ranks;
    private readonly SessionFactory _factory;

    /// <summary>Queue heads at [rank], tails at [rank + rank count]; null while the agenda has never been filled or was released.</summary>
    private Activation?[]? _queues;

    /// <summary>The lowest rank whose queue may be non-empty (every lower rank's queue is empty).</summary>
    private int _first;

    /// <param name="factory">The compiled rule set: the rules' agenda ranks (see <see cref="SessionFactory.AgendaRank"/>) and the spare queue array.</param>
    public Agenda(SessionFactory factory)
    {
        _factory = factory;
        _rankOf = factory.AgendaRank;
        _ranks = factory.AgendaRankCount;
        _first = _ranks;
    }

    public void Add(Activation activation)
    {
        var rank = _rankOf[activation.Rule.Index];
        var queues = _queues ??= _factory.RentAgendaQueues();
        ref var tail = ref queues[rank + _ranks];
        if (tail is not null)
        {
            tail.NextInAgenda = activation;
        }
        else
        {
            queues[rank] = activation;
        }

        tail = activation;
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
        var heads = _queues;
        for (; heads is not null && _first < _ranks; _first++)
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

    /// <summary>
    /// Gives the queue array back to the compiled rule set for the next session when the agenda is empty (every queue
    /// is then null), so a session per organisation does not allocate one each; a later activation rents one again.
    /// </summary>
    public void Release()
    {
        if (_queues is { } queues && !TryPeek(out _))
        {
            _queues = null;
            _factory.ReturnAgendaQueues(queues);
        }
    }

    private void Dequeue(int rank)
    {
        var queues = _queues!;
        var head = queues[rank]!;
        queues[rank] = head.NextInAgenda;
        head.NextInAgenda = null;
        if (queues[rank] is null)
        {
            queues[rank + _ranks] = null;
        }
    }
}
