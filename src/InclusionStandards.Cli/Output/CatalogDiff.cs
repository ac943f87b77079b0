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

            if (SemVer.Compare(b.Version, a.Version) < 0)
            {
                warnings.Add($"warning DIFF002: {b.File}: the version of standard '{id}' goes down ({a.Version} → {b.Version}); versions only go up.");
            }
        }

        var oldCrit = Criteria(old);
        var newCrit = Criteria(@new);
        foreach (var id in oldCrit.Keys.Except(newCrit.Keys).Order(StringComparer.Ordinal))
        {
            changes.Add($"- {oldCrit[id].Kind} {id} removed");
        }

        foreach (var id in newCrit.Keys.Except(oldCrit.Keys).Order(StringComparer.Ordinal))
        {
            changes.Add($"+ {newCrit[id].Kind} {id} added: {newCrit[id].Title}");
        }

        foreach (var id in oldCrit.Keys.Intersect(newCrit.Keys).Order(StringComparer.Ordinal))
        {
            foreach (var what in Changed(oldCrit[id], newCrit[id]))
            {
                changes.Add($"~ {newCrit[id].Kind} {id}: {what}");
            }
        }

        changes.AddRange(Thresholds(old, @new));
        changes.AddRange(EvidenceFields(old, @new));
        return (changes, warnings);
    }

    /// <summary>Every criterion and indicator with the attributes whose change can change a result or its citation.</summary>
    private static Dictionary<string, (string Kind, string Title, (string Key, string? Value)[] Parts)> Criteria(StandardsCatalog c)
    {
        var result = new Dictionary<string, (string, string, (string, string?)[])>(StringComparer.Ordinal);
        foreach (var e in c.EnumerateCriteria())
        {
            var x = e.Criterion;
            result.TryAdd(x.Id, ("criterion", x.Title,
            [
                ("scope", $"{e.Standard.Id}/{e.ScopeId}"), ("statement", x.Statement), ("for", x.ForEach is { } f ? $"{f.As} in {f.Each}" : null),
                ("applies", x.Applies?.Text), ("met", x.Met.Text), ("partiallyMet", x.PartiallyMet?.Text), ("whenEmpty", Kebab(x.WhenEmpty)),
                ("category", x.Category), ("weight", x.Weight.ToString(CultureInfo.InvariantCulture)), ("status", Kebab(x.Status)), ("sources", Cited(x.Sources)),
            ]));
        }

        foreach (var (i, standard) in c.EnumerateIndicators())
        {
            result.TryAdd(i.Id, ("indicator", i.Title,
            [
                ("standard", standard.Id), ("value", i.Value.Text), ("unit", Kebab(i.Unit)), ("adverse", Kebab(i.Adverse)),
                ("target", i.Target?.ToString(CultureInfo.InvariantCulture)), ("status", Kebab(i.Status)), ("sources", Cited(i.Sources)),
            ]));
        }

        foreach (var (rule, standard) in c.OfKind<RulesStandard>().SelectMany(r => r.Rules.Select(x => (x, r))))
        {
            var derives = rule.Derive is { } d ? $"derives {(d.Outcome is { } o ? Kebab(o) : "?")} on {d.Criterion}{(d.Element is { } e ? $" (element {e})" : string.Empty)}" : "derives nothing";
            result.TryAdd(rule.Id, ("rule", derives,
            [
                ("standard", standard.Id), ("description", rule.Description), ("salience", rule.Salience.ToString(CultureInfo.InvariantCulture)),
                ("when", string.Join("; ", rule.When.Select(p => $"{(p.Negated ? "not " : string.Empty)}{p.As} in {p.Each}{(p.Where is { } w ? " where " + w.Text.Trim() : string.Empty)}"))),
                ("criterion", rule.Derive?.Criterion), ("outcome", rule.Derive?.Outcome is { } derived ? Kebab(derived) : null), ("element", rule.Derive?.Element), ("reason", rule.Derive?.Reason),
            ]));
        }

        return result;
    }

    private static string Cited(IEnumerable<SourceCitation> sources) => string.Join("; ", sources.Select(s => s.Section is null ? s.Ref : $"{s.Ref}, {s.Section}"));

    private static IEnumerable<string> Changed((string Kind, string Title, (string Key, string? Value)[] Parts) a, (string Kind, string Title, (string Key, string? Value)[] Parts) b)
    {
        if (a.Title != b.Title && a.Kind != "rule") // a rule's title is what it derives, listed part by part below
        {
            yield return $"title '{a.Title}' → '{b.Title}'";
        }

        foreach (var (pa, pb) in a.Parts.Zip(b.Parts).Where(p => p.First.Value != p.Second.Value))
        {
            yield return pa.Key is "statement" or "met" or "applies" or "partiallyMet" or "value" && pa.Value is not null && pb.Value is not null
                ? $"{pa.Key} changed"
                : $"{pa.Key} {Shown(pa.Value)} → {Shown(pb.Value)}";
        }
    }

    /// <summary>An enum value as the YAML writes it (<c>PartiallyMet</c> → <c>partially-met</c>).</summary>
    private static string? Kebab<T>(T? value)
        where T : struct, Enum => value is { } v ? KebabCase.Of(v) : null;

    private static string Kebab<T>(T value)
        where T : struct, Enum => Kebab((T?)value)!;

    private static string Shown(string? value) => value is null ? "(none)" : $"'{value}'";

    /// <summary>
    /// Evidence-schema fields added, removed or changed (type, unit, allowed values, vocabulary, range, atMost,
    /// sensitivity): each changes what evidence is read, refused or shown.
    /// </summary>
    private static IEnumerable<string> EvidenceFields(StandardsCatalog old, StandardsCatalog @new)
    {
        static Dictionary<string, string> Of(StandardsCatalog c)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            if (c.EvidenceSchema is not { } schema)
            {
                return d;
            }

            foreach (var (owner, fields) in schema.Types.Select(t => (t.Name, t.Fields)).Append(("root", schema.Root)))
            {
                foreach (var f in fields)
                {
                    d.TryAdd($"{owner}.{f.Name}", string.Join(", ", new[]
                    {
                        f.Type.ToString(), f.Unit, f.Allowed.IsDefaultOrEmpty ? null : $"allowed [{string.Join(", ", f.Allowed)}]",
                        f.Vocabulary is { } v ? $"vocabulary {v}" : null,
                        f.Min is { } lo ? string.Create(CultureInfo.InvariantCulture, $"min {lo}") : null,
                        f.Max is { } hi ? string.Create(CultureInfo.InvariantCulture, $"max {hi}") : null,
                        f.AtMost is { } bound ? $"atMost {bound}" : null, f.Sensitive ? "sensitive" : null, f.Protected ? "protected" : null,
                    }.OfType<string>()));
                }
            }

            return d;
        }

        var (a, b) = (Of(old), Of(@new));
        foreach (var key in a.Keys.Except(b.Keys).Order(StringComparer.Ordinal))
        {
            yield return $"- evidence field {key} removed";
        }

        foreach (var key in b.Keys.Except(a.Keys).Order(StringComparer.Ordinal))
        {
            yield return $"+ evidence field {key} added: {b[key]}";
        }

        foreach (var key in a.Keys.Intersect(b.Keys).Where(k => a[k] != b[k]).Order(StringComparer.Ordinal))
        {
            yield return $"~ evidence field {key}: {a[key]} → {b[key]}";
        }
    }

    private static IEnumerable<string> Thresholds(StandardsCatalog old, StandardsCatalog @new)
    {
        static Dictionary<string, string> Of(StandardsCatalog c)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in c.OfKind<ScoringScheme>())
            {
                d[$"scoring {s.Id} method"] = $"{Kebab(s.Method)}{(s.Aggregate is { } agg ? $", aggregate {Kebab(agg)}" : string.Empty)}";
                d[$"scoring {s.Id} outcomeValues"] = string.Join(", ", s.OutcomeValues.OrderBy(v => v.Key).Select(v => string.Create(CultureInfo.InvariantCulture, $"{Kebab(v.Key)} {v.Value}")));
                d[$"scoring {s.Id} ratings"] = Bands(s.Ratings.Select(r => (r.Label, r.From, r.To)));
                d[$"scoring {s.Id} levels"] = Bands(s.Levels.Select(r => (r.Score.ToString(CultureInfo.InvariantCulture), r.From, r.To)));
                d[$"scoring {s.Id} limiters"] = string.Join("; ", s.Limiters.Select(l => $"{l.When.Text} → at most {l.CapAt}"));
            }

            foreach (var (i, _) in c.EnumerateIndicators().Where(x => x.Indicator.Band is not null))
            {
                d[$"indicator {i.Id} band"] = string.Create(CultureInfo.InvariantCulture, $"[{i.Band!.From}, {i.Band.To}]");
            }

            return d;
        }

        // Bands are half-open [from, to) except the last, which includes its end.
        static string Bands(IEnumerable<(string Label, double From, double To)> bands)
        {
            var list = bands.OrderBy(b => b.From).ThenBy(b => b.To).ToList();
            return string.Join(", ", list.Select((b, i) => string.Create(CultureInfo.InvariantCulture, $"{b.Label} [{b.From}, {b.To}{(i == list.Count - 1 ? "]" : ")")}")));
        }

        var (a, b) = (Of(old), Of(@new));
        foreach (var key in a.Keys.Intersect(b.Keys).Where(k => a[k] != b[k]).Order(StringComparer.Ordinal))
        {
            yield return $"~ {key}: {a[key]} → {b[key]}";
        }
    }
}
