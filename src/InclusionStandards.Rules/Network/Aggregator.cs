using System.Reflection;
using InclusionStandards.Rules.Model;
using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Network;

/// <summary>Computes an aggregate's results from the matching facts. Immutable and thread-safe.</summary>
internal sealed class Aggregator
{
    /// <summary>No matches (never modified).</summary>
    private static readonly FactList Empty = new();

    private readonly AggregateKind _kind;
    private readonly Compilation.Tiered<Func<object, object?>>? _selector;

    /// <summary>The selector of sum and average, returning the number unboxed (null: use the boxed selector).</summary>
    private readonly Compilation.Tiered<Func<object, double>>? _number;
    private readonly Func<FactList, object>? _collect;
    private readonly Func<object?, FactList, object>? _group;

    public Aggregator(AggregateKind kind, Compilation.Tiered<Func<object, object?>>? selector, Type elementType, Type? keyType, Compilation.Tiered<Func<object, double>>? number = null)
    {
        _kind = kind;
        _selector = selector;
        _number = number;
        if (kind == AggregateKind.Collect)
        {
            _collect = Method(nameof(Collect), elementType).CreateDelegate<Func<FactList, object>>();
        }
        else if (kind == AggregateKind.GroupBy)
        {
            _group = Method(nameof(Group), keyType!, elementType).CreateDelegate<Func<object?, FactList, object>>();
        }
    }

    /// <summary>True for group-by, which has one result per group; the other kinds have at most one result.</summary>
    public bool IsGrouping => _kind == AggregateKind.GroupBy;

    /// <summary>The single result of a non-grouping aggregate; false when there is none (average, min, max of nothing).</summary>
    public bool TryResult(FactList? matches, out object result)
    {
        var n = matches?.Count ?? 0;
        switch (_kind)
        {
            case AggregateKind.Count:
                result = n;
                return true;
            case AggregateKind.Sum:
                result = Sum(matches);
                return true;
            case AggregateKind.Average when n > 0:
                result = Sum(matches) / n;
                return true;
            case AggregateKind.Min or AggregateKind.Max when n > 0:
                result = Extreme(matches!, _kind == AggregateKind.Min ? -1 : 1)!;
                return result is not null;
            case AggregateKind.Collect:
                result = _collect!(matches ?? Empty);
                return true;
            default:
                result = null!;
                return false;
        }
    }

    /// <summary>The groups of a group-by aggregate, in order of first appearance; none when nothing matches.</summary>
    public IEnumerable<object> Results(FactList? matches) =>
        matches is { Count: > 0 } ? Groups(matches) : [];

    private double Sum(FactList? matches)
    {
        var sum = 0.0;
        if (matches is null)
        {
            return sum;
        }

        if (_number?.Invoke is { } number)
        {
            for (var i = 0; i < matches.Count; i++)
            {
                sum += number(matches[i].Fact);
            }
        }
        else
        {
            foreach (var h in matches)
            {
                sum += (double)_selector!.Invoke(h.Fact)!;
            }
        }

        return sum;
    }

    private object? Extreme(FactList matches, int sign)
    {
        object? best = null;
        foreach (var h in matches)
        {
            var v = _selector!.Invoke(h.Fact);
            if (best is null || (v is not null && System.Collections.Comparer.Default.Compare(v, best) * sign > 0))
            {
                best = v;
            }
        }

        return best;
    }

    private IEnumerable<object> Groups(FactList matches)
    {
        var order = new List<object?>();
        var groups = new Dictionary<object, FactList>();
        foreach (var h in matches)
        {
            var key = _selector!.Invoke(h.Fact);
            if (!groups.TryGetValue(key ?? BetaMemory.NullKey, out var list))
            {
                groups.Add(key ?? BetaMemory.NullKey, list = new FactList());
                order.Add(key);
            }

            list.Add(h);
        }

        foreach (var key in order)
        {
            yield return _group!(key, groups[key ?? BetaMemory.NullKey]);
        }
    }

    private static MethodInfo Method(string name, params Type[] args) =>
        typeof(Aggregator).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(args);

    private static object Collect<T>(FactList matches)
    {
        var items = new T[matches.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)matches[i].Fact;
        }

        return Array.AsReadOnly(items);
    }

    private static object Group<TKey, T>(object? key, FactList matches) =>
        new Grouping<TKey, T>((TKey)key!, (IReadOnlyList<T>)Collect<T>(matches));
}
