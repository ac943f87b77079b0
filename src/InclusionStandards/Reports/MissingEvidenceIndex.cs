using InclusionStandards.Assessments;

namespace InclusionStandards.Reports;

/// <summary>Which criteria and indicators needed each missing evidence path.</summary>
internal static class MissingEvidenceIndex
{
    /// <summary>For each missing path, the criteria (and indicators) that needed it, in order, distinct.</summary>
    public static Dictionary<string, List<string>> NeedersOf(Assessment assessment)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var items = assessment.Criteria.SelectMany(c => c.Elements.Prepend(c)).Select(c => (c.CriterionId, c.MissingEvidence))
            .Concat(assessment.Indicators.Select(i => (i.IndicatorId, i.MissingEvidence)));
        foreach (var (id, paths) in items)
        {
            foreach (var path in paths)
            {
                var list = map.TryGetValue(path, out var l) ? l : map[path] = [];
                if (!list.Contains(id))
                {
                    list.Add(id);
                }
            }
        }

        return map;
    }
}
