using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// Group-node partial matches (aggregates to recompute, not / exists / forall matches to activate) whose update waits
/// until their rule could be next on the agenda, kept per agenda rank (salience; see
/// <see cref="SessionFactory.AgendaRank"/>). Session-owned.
/// </summary>
internal sealed class PostponedMatches
{
    private readonly List<Token>?[] _byRank;

    /// <summary>The lowest rank whose list may be non-empty (every lower rank's list is empty).</summary>
    private int _first;

    /// <summary>The buffer <see cref="Take"/> returns (reused: read it before the next call).</summary>
    private readonly List<Token> _taken = new();

    /// <param name="ranks">How many agenda ranks the rule set has (see <see cref="SessionFactory.AgendaRank"/>).</param>
    public PostponedMatches(int ranks)
    {
        _byRank = new List<Token>?[ranks];
        _first = ranks;
    }

    public void Postpone(int rank, Token token)
    {
        (_byRank[rank] ??= new List<Token>()).Add(token);
        _first = Math.Min(_first, rank);
    }

    /// <summary>Drops the references in the last <see cref="Take"/> buffer (before the table goes to another session).</summary>
    public void ForgetTaken() => _taken.Clear();

    /// <summary>True when nothing is postponed.</summary>
    public bool IsEmpty => !TryPeekRank(out _);

    /// <summary>The first agenda rank with postponed matches.</summary>
    public bool TryPeekRank(out int rank)
    {
        for (; _first < _byRank.Length; _first++)
        {
            if (_byRank[_first] is { Count: > 0 })
            {
                rank = _first;
                return true;
            }
        }

        rank = -1;
        return false;
    }

    /// <summary>
    /// Removes and returns the postponed matches of <paramref name="rank"/> (the first rank), in a buffer valid until
    /// the next call (postponing does not happen while the caller reads it).
    /// </summary>
    public List<Token> Take(int rank)
    {
        var list = _byRank[rank]!;
        _taken.Clear();
        _taken.AddRange(list);
        list.Clear();
        return _taken;
    }
}
