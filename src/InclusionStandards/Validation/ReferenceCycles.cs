using InclusionStandards.Diagnostics;

namespace InclusionStandards.Validation;

/// <summary>
/// Finds criteria and indicators that depend on themselves through <c>outcome()</c> and <c>indicator()</c> (STD212):
/// such a catalog validates nothing else wrong but cannot be evaluated. Ids are unique across the catalog, so one
/// namespace serves both kinds of reference.
/// </summary>
internal static class ReferenceCycles
{
    public static IEnumerable<Diagnostic> Find(BoundCatalog bound)
    {
        var diagnostics = new List<Diagnostic>();
        var edges = new Dictionary<string, List<(string To, SourceLocation? At)>>(StringComparer.Ordinal);
        void Add(string from, BoundCondition? condition)
        {
            if (condition is null)
            {
                return;
            }

            var list = edges.TryGetValue(from, out var l) ? l : edges[from] = [];
            foreach (var r in condition.References.Where(r => r.Id is not null))
            {
                list.Add((r.Id!, condition.Source.Location));
            }
        }

        foreach (var c in bound.Criteria.Values)
        {
            Add(c.Criterion.Id, c.Applies);
            Add(c.Criterion.Id, c.Met);
            Add(c.Criterion.Id, c.PartiallyMet);
        }

        foreach (var (indicator, value) in bound.Indicators)
        {
            Add(indicator.Id, value);
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the path, 2: done
        var path = new List<string>();
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            Visit(start);
        }

        void Visit(string node)
        {
            if (state.GetValueOrDefault(node) != 0 || !edges.TryGetValue(node, out var next))
            {
                return;
            }

            state[node] = 1;
            path.Add(node);
            foreach (var (to, at) in next)
            {
                if (state.GetValueOrDefault(to) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(to)).Append(to);
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ReferenceCycle,
                        $"'{to}' depends on itself through outcome() or indicator(): {string.Join(" → ", cycle)}. Such a catalog cannot be evaluated; break the cycle.", at));
                }
                else
                {
                    Visit(to);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        return diagnostics;
    }
}
