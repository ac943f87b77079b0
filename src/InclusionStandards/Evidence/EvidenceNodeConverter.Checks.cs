using System.Globalization;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;
using InclusionStandards.Validation;

namespace InclusionStandards.Evidence;

/// <summary>
/// The sanity checks the evidence schema declares between figures: a value above a sibling it can never exceed
/// (<c>atMost</c>, EVD116) or the parts of a breakdown above their total (<c>group</c>, EVD116); shares of one whole
/// above 100 % (EVD121); a value above a figure elsewhere in the evidence it can never exceed (<c>atMost</c> naming a
/// path, or a record, EVD122) or is normally within (<c>usuallyAtMost</c>, a warning, EVD123); a share of a count of 0
/// (<c>shareOf</c>, EVD124). Each is reported at the offending value.
/// </summary>
internal sealed partial class EvidenceNodeConverter
{
    /// <summary>Rounding allowance of a share in percent: published shares rounded to whole percent may add up to 100.5 each.</summary>
    internal const double RoundingPerShare = 0.5;

    private readonly List<(object Value, DataNode Node, string Path, string BoundPath, EvidenceSchemaInfo.Bound Bound)> _pending = [];

    /// <summary>Runs the checks of one record (see the type's summary); bounds naming a path wait for <see cref="CheckBounds"/>.</summary>
    internal void CheckAtMost(Record record, DataMapping map, string path)
    {
        var checks = _schema.SiblingChecks(record.Type);
        var prefix = path.Length == 0 ? string.Empty : path + ".";
        foreach (var group in checks.Groups)
        {
            CheckGroup(record, map, prefix, group);
        }

        foreach (var group in checks.Shares)
        {
            CheckShares(record, map, prefix, group);
        }

        foreach (var (field, bound, def, boundDef) in checks.AtMost)
        {
            if (record.Has(field.Index) && record.Has(bound.Index) && Number(record, field) is var value && Number(record, bound) is var limit
                && value > limit && map[field.Name] is { } node)
            {
                var shown = Hidden(def, boundDef) ? string.Empty : Shown(value, limit);
                Error(EvidenceCodes.AboveSibling, node, $"'{prefix}{field.Name}' is more than '{prefix}{bound.Name}'{shown}, which it can never exceed; check both figures.");
            }
        }

        foreach (var (share, count) in checks.ShareOf)
        {
            if (record.Has(share.Index) && record.Has(count.Index) && Number(record, count) == 0 && map[share.Name] is { } node)
            {
                Error(EvidenceCodes.ShareOfNone, node,
                    $"'{prefix}{share.Name}' is a share of '{prefix}{count.Name}', which is 0: there is nobody for it to be a share of. Leave the share out, or check the count.");
            }
        }

        foreach (var bound in checks.Bounds)
        {
            if (!record.Has(bound.Field.Index) || map[bound.Field.Name] is not { } node)
            {
                continue;
            }

            var value = record.GetValue(bound.Field.Index)!;
            if (!EvidenceBoundPaths.IsPath(bound.Spec))
            {
                if (record.Type.TryGetField(bound.Spec, out var sibling) && record.GetValue(sibling.Index) is { } other)
                {
                    Compare(value, node, prefix + bound.Field.Name, other, prefix + bound.Spec, bound);
                }

                continue;
            }

            // '*' is the name of the field holding this record (bme in training.bme); not known for an element of a list.
            var holder = path[(path.LastIndexOf('.') + 1)..];
            if (bound.Spec.Contains('*', StringComparison.Ordinal) && (holder.Length == 0 || holder.EndsWith(']')))
            {
                continue;
            }

            _pending.Add((value, node, prefix + bound.Field.Name, EvidenceBoundPaths.Substitute(bound.Spec, holder), bound));
        }
    }

    /// <summary>Runs the checks against figures elsewhere in the evidence, once the whole evidence is read.</summary>
    internal void CheckBounds(Record root)
    {
        foreach (var (value, node, path, boundPath, bound) in _pending)
        {
            object? other = root;
            foreach (var segment in boundPath.Split('.'))
            {
                other = other is Record r && r.Type.TryGetField(segment, out var f) ? r.GetValue(f.Index) : null;
            }

            if (other is not null)
            {
                Compare(value, node, path, other, boundPath, bound);
            }
        }

        _pending.Clear();
    }

    /// <summary>Compares a number with its bound, or each number of a record with the same number of the bound record.</summary>
    private void Compare(object value, DataNode node, string path, object other, string otherPath, EvidenceSchemaInfo.Bound bound)
    {
        if (value is Record record && other is Record limits && node is DataMapping map)
        {
            foreach (var field in record.Type.Fields)
            {
                if (field.Type.Kind is FieldKind.Int or FieldKind.Double && record.Has(field.Index) && limits.Type.TryGetField(field.Name, out var l)
                    && limits.GetValue(l.Index) is { } limit && map[field.Name] is { } at)
                {
                    var def = _schema.Field(record.Type, field.Name);
                    Compare(record.GetValue(field.Index)!, at, $"{path}.{field.Name}", limit, $"{otherPath}.{field.Name}", bound with { Def = def ?? bound.Def });
                }
            }

            return;
        }

        if (value is not (long or double) || other is not (long or double))
        {
            return;
        }

        var v = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var b = System.Convert.ToDouble(other, CultureInfo.InvariantCulture);
        if (v <= b)
        {
            return;
        }

        var shown = Hidden(bound.Def, null) ? string.Empty : Shown(v, b);
        if (bound.Usually)
        {
            _diagnostics.Add(Diagnostic.Warning(EvidenceCodes.AboveUsualBound,
                $"'{path}' is more than '{otherPath}'{shown}, which it is normally within (the two may be counted at different times or from different records); check both figures.",
                node.Location));
        }
        else
        {
            Error(EvidenceCodes.AboveBound, node, $"'{path}' is more than '{otherPath}'{shown}, which it can never exceed; check both figures.");
        }
    }

    /// <summary>
    /// Refuses the parts of a breakdown (fields with the same <c>atMost</c> and <c>group</c>) that sum to more than their
    /// total (EVD116): 4,000 BME and 3,600 white staff in a headcount of 5,000. Judged when the total and at least two
    /// parts are given; reported at the first part.
    /// </summary>
    private void CheckGroup(Record record, DataMapping map, string prefix, EvidenceSchemaInfo.Breakdown group)
    {
        if (!record.Has(group.Total!.Index) || Sum(record, group) is not { } sum || sum.Total <= Number(record, group.Total) || map[sum.First.Name] is not { } node)
        {
            return;
        }

        var limit = Number(record, group.Total);
        var parts = group.Parts.Where(p => record.Has(p.Field.Index)).ToList();
        var names = string.Join(" + ", parts.Select(p => $"'{prefix}{p.Field.Name}'"));
        var shown = parts.Any(p => Hidden(p.Def, null)) ? string.Empty : Shown(sum.Total, limit);
        Error(EvidenceCodes.AboveSibling, node, $"{names} (the {group.Name} breakdown) is more than '{prefix}{group.Total.Name}'{shown}: the parts of a total can never add up to more than it; check the figures.");
    }

    /// <summary>
    /// Refuses shares in percent of one whole (a <c>group</c> without <c>atMost</c>) that add up to more than 100 beyond
    /// rounding (<see cref="RoundingPerShare"/> per share given): respondents by religion summing to 500 %. Judged when
    /// at least two shares are given; reported at the first.
    /// </summary>
    private void CheckShares(Record record, DataMapping map, string prefix, EvidenceSchemaInfo.Breakdown group)
    {
        if (Sum(record, group) is not { } sum || sum.Total <= 100 + (RoundingPerShare * sum.Count) + 1e-9 || map[sum.First.Name] is not { } node)
        {
            return;
        }

        var names = string.Join(" + ", group.Parts.Where(p => record.Has(p.Field.Index)).Select(p => $"'{prefix}{p.Field.Name}'"));
        Error(EvidenceCodes.SharesAbove100, node, string.Create(CultureInfo.InvariantCulture,
            $"{names} (the {group.Name} breakdown) add up to {Math.Round(sum.Total, 2)} %: shares of one whole cannot add up to more than 100 % (beyond rounding); check the figures and their unit."));
    }

    /// <summary>The sum of the parts given, how many and the first; null when fewer than two are given.</summary>
    private static (double Total, int Count, RecordField First)? Sum(Record record, EvidenceSchemaInfo.Breakdown group)
    {
        var count = 0;
        var total = 0.0;
        RecordField? first = null;
        foreach (var (part, _) in group.Parts)
        {
            if (record.Has(part.Index))
            {
                count++;
                first ??= part;
                total += Number(record, part);
            }
        }

        return count < 2 ? null : (total, count, first!);
    }

    private static double Number(Record record, RecordField field) =>
        System.Convert.ToDouble(record.GetValue(field.Index), CultureInfo.InvariantCulture);

    private static bool Hidden(EvidenceFieldDefinition? def, EvidenceFieldDefinition? other) =>
        def is { Sensitive: true } or { Protected: true } || other is { Sensitive: true } or { Protected: true };

    private static string Shown(double value, double limit) => string.Create(CultureInfo.InvariantCulture, $" ({value} > {limit})");
}
