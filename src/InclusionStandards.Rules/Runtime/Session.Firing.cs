using System.Collections.Immutable;
using System.Runtime.InteropServices;
using InclusionStandards.Rules.Network;

namespace InclusionStandards.Rules.Runtime;

/// <summary>The agenda loop and the operations actions perform.</summary>
internal sealed partial class Session
{
    public int Fire()
    {
        if (_firing)
        {
            throw new InvalidOperationException(
                "Fire was called while this session is already firing (from a rule's action or an event handler). Actions change facts through their context; the outer Fire goes on until the agenda is empty.");
        }

        _firing = true;
        try
        {
            return FireAll();
        }
        finally
        {
            _firing = false;
        }
    }

    private int FireAll()
    {
        var firstFiring = _firings.Count;
        var fired = 0;
        var context = new ActionContext(this);
        while (true)
        {
            Settle(forAgenda: true);
            if (!_agenda.TryNext(out var activation))
            {
                ReleaseEmptyQueues();
                return fired;
            }

            if (fired >= _options.MaxFirings)
            {
                throw Runaway(firstFiring, fired);
            }

            activation.Fired = true;
            var rule = activation.Rule;
            var facts = FactsOf(activation);
            context.Start(activation, facts);
            foreach (var action in rule.Actions)
            {
                try
                {
                    action(context);
                }
                catch (Exception ex) when (ex is not RuleExecutionException)
                {
                    throw new RuleExecutionException($"Rule '{rule.Name}': an action failed: {ex.GetType().Name}: {ex.Message}", [rule.Name], ex);
                }
            }

            context.End();
            fired++;
            var firing = new RuleFiring(_firings.Count, rule.Definition, facts);
            _firings.Add(firing);
            RuleFired?.Invoke(this, new RuleFiredEventArgs(firing));
        }
    }

    internal void Emit(object result) => _results.Add(result);

    /// <summary>Gives the empty agenda queues and postponement table back to the compiled rule set (see <see cref="Agenda.Release"/>).</summary>
    private void ReleaseEmptyQueues()
    {
        _agenda.Release();
        if (_postponed is { IsEmpty: true } postponed)
        {
            _postponed = null;
            _factory.ReturnPostponed(postponed);
        }
    }

    internal void InsertLogical(Activation activation, object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var hash = FactHandleMap.HashOf(fact);
        if (_handles.Find(fact, hash) is { } handle)
        {
            if (!handle.IsLogical)
            {
                return;
            }
        }
        else if (_withdrawn?.TakeEqual(fact) is { } kept)
        {
            handle = kept; // an equal fact is being withdrawn: keep it, so nothing that matched it changes
        }
        else
        {
            handle = new FactHandle(fact) { IsLogical = true };
            _handles.Add(handle, hash);
            LinkOrRemove(handle);
            FactInserted?.Invoke(this, new FactEventArgs(fact, true));
        }

        if (activation.Removed)
        {
            // The action already undid its own match: the fact has no justification from it.
            if (handle.Justifications == 0)
            {
                _unjustified.Enqueue(handle);
            }

            return;
        }

        handle.Justifications++;
        activation.Justify(handle);
    }

    private static ImmutableArray<object?> FactsOf(Activation activation)
    {
        var n = activation.Rule.ElementCount;
        var facts = new object?[n];
        for (Token t = activation; t.Depth >= 0; t = t.Parent!)
        {
            facts[t.Depth] = t.Value;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(facts); // the array is not shared: no copy
    }

    private RuleExecutionException Runaway(int firstFiring, int fired)
    {
        var counts = new int[_factory.CompiledRules.Length];
        for (var i = firstFiring; i < _firings.Count; i++)
        {
            counts[_factory.CompiledRules.First(r => ReferenceEquals(r.Definition, _firings[i].Rule)).Index]++;
        }

        var top = _factory.CompiledRules
            .Where(r => counts[r.Index] > 0)
            .OrderByDescending(r => counts[r.Index]).ThenBy(r => r.Index)
            .Take(5).ToList();
        var list = string.Join(", ", top.Select(r => $"'{r.Name}' ({counts[r.Index]} firings)"));
        return new RuleExecutionException(
            $"Fire stopped after {fired} firings (SessionOptions.MaxFirings): the rules keep activating each other (runaway forward chaining). Rules that fired most: {list}.",
            top.Select(r => r.Name));
    }
}
