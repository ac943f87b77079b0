using System.Linq.Expressions;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// Tiered compilation of one condition, like the .NET JIT's tiers: it starts interpreted (cheap to build) and is
/// compiled to IL after <see cref="Threshold"/> calls, so compiling a rule set costs little and only conditions that
/// run hot pay for code generation. Thread-safe: racing threads may both compile; either result is correct.
/// </summary>
internal sealed class Tiered<TDelegate>
    where TDelegate : Delegate
{
    public const int Threshold = 64;
    private Expression<TDelegate>? _pending;
    private TDelegate _current;
    private int _calls;

    public Tiered(Expression<TDelegate> lambda, bool compileNow)
    {
        if (compileNow)
        {
            _current = lambda.Compile();
        }
        else
        {
            _current = lambda.Compile(preferInterpretation: true);
            _pending = lambda;
        }
    }

    /// <summary>The delegate to call now.</summary>
    public TDelegate Current
    {
        get
        {
            if (_pending is not null)
            {
                Count();
            }

            return _current;
        }
    }

    private void Count()
    {
        if (++_calls < Threshold)
        {
            return;
        }

        var pending = Interlocked.Exchange(ref _pending, null);
        if (pending is not null)
        {
            Volatile.Write(ref _current, pending.Compile());
        }
    }
}
