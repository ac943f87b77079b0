using System.Linq.Expressions;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// Tiered compilation of one condition, like the .NET JIT's tiers: it starts interpreted (cheap to build) and is
/// compiled to IL after <see cref="Threshold"/> calls, so compiling a rule set costs little and only conditions that
/// run hot pay for code generation. Callers invoke <see cref="Invoke"/>, which is swapped for the compiled delegate
/// at tier-up, so a hot condition costs one delegate call. Thread-safe: racing threads may both count or compile;
/// every value of <see cref="Invoke"/> is correct.
/// </summary>
internal sealed class Tiered<TDelegate>
    where TDelegate : Delegate
{
    public const int Threshold = 64;
    private Expression<TDelegate>? _pending;
    private int _calls;

    private Tiered(TDelegate invoke) => Invoke = invoke;

    /// <summary>The delegate to call: the interpreted one behind a call counter, then the compiled one.</summary>
    public TDelegate Invoke;

    /// <summary>A condition compiled to IL at once.</summary>
    public static Tiered<TDelegate> Compiled(Expression<TDelegate> lambda) => new(lambda.Compile());

    /// <summary>A condition that stays interpreted.</summary>
    public static Tiered<TDelegate> Interpreted(Expression<TDelegate> lambda) => new(lambda.Compile(preferInterpretation: true));

    /// <summary>
    /// A condition that starts interpreted and compiles itself when hot; <paramref name="counting"/> wraps the
    /// interpreted delegate in one that calls <see cref="Tick"/> first.
    /// </summary>
    public static Tiered<TDelegate> Counting(Expression<TDelegate> lambda, Func<Tiered<TDelegate>, TDelegate, TDelegate> counting)
    {
        var tiered = Interpreted(lambda);
        tiered._pending = lambda;
        tiered.Invoke = counting(tiered, tiered.Invoke);
        return tiered;
    }

    /// <summary>Counts one interpreted call; at the threshold, compiles the condition and swaps <see cref="Invoke"/>.</summary>
    public void Tick()
    {
        if (++_calls < Threshold)
        {
            return;
        }

        var pending = Interlocked.Exchange(ref _pending, null);
        if (pending is not null)
        {
            Volatile.Write(ref Invoke, pending.Compile());
        }
    }
}
