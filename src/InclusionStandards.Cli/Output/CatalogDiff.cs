using System.Globalization;
using InclusionStandards.Model;

namespace InclusionStandards.Cli.Output;

/// <summary>What changed between two catalogs: standards, criteria, thresholds; warnings for changes without a version bump.</summary>
internal static class CatalogDiff
{
    public static (List<string> Changes, List<string> Warnings) Compare(StandardsCatalog old, StandardsCatalog @new)
    {
        var changes = new List<string>();
        var warnings = new List<string>();
        var oldStd = old.Standards.ToDictionary(s => s.Id);
        var newStd = @new.Standards.ToDictionary(s => s.Id);
        foreach (var id in oldStd.Keys.Except(newStd.Keys).Order(StringComparer.Ordinal))
        {
            changes.Add($"- standard {id} removed");
        }

        foreach (var id in newStd.Keys.Except(oldStd.Keys).Order(StringComparer.Ordinal))
        {
            changes.Add($"+ standard {id} added ({newStd[id].Version})");
        }

        foreach (var id in oldStd.Keys.Intersect(newStd.Keys).Order(StringComparer.Ordinal))
        {
            var (a, b) = (oldStd[id], newStd[id]);
            if (a.ContentHash != b.ContentHash)
            {
                changes.Add($"~ standard {id} changed ({a.Version} → {b.Version})");
                if (a.Version == b.Version)
                {
                    warnings.Add($"warning DIFF001: {b.File}: standard '{id}' changed but its version is still {b.Version}; bump the version.");
                }
            }
        }

        var oldCrit = Criteria(old);
        var newCrit = Criteria(@new);
        foreach (var id in oldCrit.Keys.Except(newCrit.Keys).Order(StringComparer.Ordinal))
        {
            changes.Add($"- criterion {id} removed");
        }

        foreach (var id in newCrit.Keys.Except(oldCrit.Keys).Order(StringComparer.Ordinal))
        {
            changes.Add($"+ criterion {id} added: {newCrit[id].Title}");
        }

        foreach (var id in oldCrit.Keys.Intersect(newCrit.Keys).Order(StringComparer.Ordinal))
        {
            foreach (var what in Changed(oldCrit[id], newCrit[id]))
            {
                changes.Add($"~ criterion {id}: {what}");
            }
        }

        changes.AddRange(Thresholds(old, @new));
        return (changes, warnings);
    }

    private static Dictionary<string, (string Title, string Text)> Criteria(StandardsCatalog c)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var e in c.EnumerateCriteria())
        {
            var x = e.Criterion;
            result.TryAdd(x.Id, (x.Title, $"statement={x.Statement}|applies={x.Applies?.Text}|met={x.Met.Text}|partiallyMet={x.PartiallyMet?.Text}|for={x.ForEach?.Each}|weight={x.Weight}|status={x.Status}"));
        }

        foreach (var (i, _) in c.EnumerateIndicators())
        {
            result.TryAdd(i.Id, (i.Title, $"value={i.Value.Text}|status={i.Status}"));
        }

        return result;
    }

    private static IEnumerable<string> Changed((string Title, string Text) a, (string Title, string Text) b)
    {
        if (a.Title != b.Title)
        {
            yield return $"title '{a.Title}' → '{b.Title}'";
        }

        var pa = a.Text.Split('|');
        var pb = b.Text.Split('|');
        for (var i = 0; i < pa.Length; i++)
        {
            if (pa[i] != pb[i])
            {
                var key = pa[i][..pa[i].IndexOf('=', StringComparison.Ordinal)];
                yield return $"{key} changed";
            }
        }
    }

    private static IEnumerable<string> Thresholds(StandardsCatalog old, StandardsCatalog @new)
    {
        static Dictionary<string, string> Of(StandardsCatalog c)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in c.OfKind<ScoringScheme>())
            {
                d[$"scoring {s.Id} ratings"] = string.Join(", ", s.Ratings.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Label} [{r.From}, {r.To})")));
                d[$"scoring {s.Id} levels"] = string.Join(", ", s.Levels.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Score} [{r.From}, {r.To})")));
            }

            foreach (var (i, _) in c.EnumerateIndicators().Where(x => x.Indicator.Band is not null))
            {
                d[$"indicator {i.Id} band"] = string.Create(CultureInfo.InvariantCulture, $"[{i.Band!.From}, {i.Band.To}]");
            }

            return d;
        }

        var (a, b) = (Of(old), Of(@new));
        foreach (var key in a.Keys.Intersect(b.Keys).Where(k => a[k] != b[k]).Order(StringComparer.Ordinal))
        {
            yield return $"~ {key}: {a[key]} → {b[key]}";
        }
    }
}
