namespace InclusionStandards.Compilation;

/// <summary>
/// Orders criteria and indicators by what they read through <c>outcome()</c> and <c>indicator()</c>: the level of a
/// node is one more than the highest level it depends on. Validation has refused unknown ids and cycles (STD204,
/// STD212), so every dependency is a node and the graph is acyclic.
/// </summary>
internal sealed class DependencyGraph(List<CompiledCriterion> criteria, List<CompiledIndicator> indicators)
{
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);

    public (List<CompiledCriterion>, List<CompiledIndicator>) Resolve()
    {
        var nodes = criteria.GroupBy(c => c.Id).ToDictionary(g => "c:" + g.Key, g => Deps(g.First().OutcomeDependencies, g.First().IndicatorDependencies), StringComparer.Ordinal);
        foreach (var g in indicators.GroupBy(i => i.Id))
        {
            nodes["i:" + g.Key] = Deps(g.First().OutcomeDependencies, g.First().IndicatorDependencies);
        }

        return (
            criteria.Select(x => x with { Level = Level("c:" + x.Id, nodes) }).ToList(),
            indicators.Select(x => x with { Level = Level("i:" + x.Id, nodes) }).ToList());
    }

    private static List<string> Deps(IEnumerable<string> outcomes, IEnumerable<string> indicatorIds) =>
        [.. outcomes.Select(o => "c:" + o), .. indicatorIds.Select(i => "i:" + i)];

    private int Level(string key, Dictionary<string, List<string>> nodes)
    {
        if (_levels.TryGetValue(key, out var known))
        {
            return known;
        }

        var level = 0;
        foreach (var dep in nodes.GetValueOrDefault(key) ?? [])
        {
            level = Math.Max(level, Level(dep, nodes) + 1);
        }

        _levels[key] = level;
        return level;
    }
}
