using InclusionStandards.Diagnostics;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Orders criteria and indicators by what they read through <c>outcome()</c> and <c>indicator()</c>: the level
/// of a node is one more than the highest level it depends on. Unknown ids and cycles are reported (EVL102, EVL103).
/// </summary>
internal sealed class DependencyGraph(List<CompiledCriterion> criteria, List<CompiledIndicator> indicators, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bad = new(StringComparer.Ordinal);

    public (List<CompiledCriterion>, List<CompiledIndicator>) Resolve()
    {
        var byCriterion = criteria.GroupBy(c => c.Id).ToDictionary(g => "c:" + g.Key, g => (Deps(g.First().OutcomeDependencies, g.First().IndicatorDependencies), g.First().Info.Criterion.Location));
        var byIndicator = indicators.GroupBy(i => i.Id).ToDictionary(g => "i:" + g.Key, g => (Deps(g.First().OutcomeDependencies, g.First().IndicatorDependencies), g.First().Indicator.Location));
        var nodes = byCriterion.Concat(byIndicator).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var key in nodes.Keys.Order(StringComparer.Ordinal))
        {
            Level(key, nodes);
        }

        bool KnownC(string id) => nodes.ContainsKey("c:" + id);
        bool KnownI(string id) => nodes.ContainsKey("i:" + id);
        var c = criteria.Where(x => !_bad.Contains("c:" + x.Id))
            .Select(x => x with { Level = _levels["c:" + x.Id], OutcomeDependencies = [.. x.OutcomeDependencies.Where(KnownC)], IndicatorDependencies = [.. x.IndicatorDependencies.Where(KnownI)] }).ToList();
        var i = indicators.Where(x => !_bad.Contains("i:" + x.Id))
            .Select(x => x with { Level = _levels["i:" + x.Id], OutcomeDependencies = [.. x.OutcomeDependencies.Where(KnownC)], IndicatorDependencies = [.. x.IndicatorDependencies.Where(KnownI)] }).ToList();
        return (c, i);
    }

    private static List<string> Deps(IEnumerable<string> outcomes, IEnumerable<string> indicatorIds) =>
        [.. outcomes.Select(o => "c:" + o), .. indicatorIds.Select(i => "i:" + i)];

    private int Level(string key, Dictionary<string, (List<string> Deps, Diagnostics.SourceLocation At)> nodes)
    {
        if (_levels.TryGetValue(key, out var known))
        {
            return known;
        }

        var (deps, at) = nodes[key];
        if (!_visiting.Add(key))
        {
            _bad.Add(key);
            diagnostics.Add(Diagnostic.Error("EVL103", $"'{key[2..]}' depends on itself through outcome() or indicator() (a cycle).", at));
            _levels[key] = 0;
            return 0;
        }

        var level = 0;
        foreach (var dep in deps)
        {
            if (!nodes.ContainsKey(dep))
            {
                var what = dep.StartsWith("c:", StringComparison.Ordinal) ? "criterion" : "indicator";
                diagnostics.Add(Diagnostic.Warning("EVL102", $"'{key[2..]}' reads the {what} '{dep[2..]}', which does not exist; it will be insufficient-evidence with an error.", at));
                continue;
            }

            level = Math.Max(level, Level(dep, nodes) + 1);
            if (_bad.Contains(dep))
            {
                _bad.Add(key);
            }
        }

        _visiting.Remove(key);
        _levels[key] = level;
        return level;
    }
}
