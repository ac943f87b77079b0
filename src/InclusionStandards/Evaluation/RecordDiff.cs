using System.Collections;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>Which fields differ between two versions of an evidence record, as dotted paths (nested records are compared field by field).</summary>
internal static class RecordDiff
{
    /// <summary>The changed paths; a single empty path when the records are of different types (everything changed).</summary>
    public static List<string> ChangedPaths(Record before, Record after)
    {
        var changed = new List<string>();
        Collect(before, after, string.Empty, changed);
        return changed;
    }

    /// <summary>True when a condition reading <paramref name="path"/> (relative to the record) may see a change.</summary>
    public static bool Touches(IEnumerable<string> changed, string path) =>
        changed.Any(q => q.Length == 0 || path.Length == 0 || q == path || Below(q, path) || Below(path, q));

    private static bool Below(string path, string ancestor) =>
        path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    private static void Collect(Record before, Record after, string prefix, List<string> changed)
    {
        if (!ReferenceEquals(before.Type, after.Type))
        {
            changed.Add(prefix.TrimEnd('.'));
            return;
        }

        foreach (var field in before.Type.Fields)
        {
            var (a, b) = (before.GetValue(field.Index), after.GetValue(field.Index));
            if (a is Record ra && b is Record rb)
            {
                Collect(ra, rb, prefix + field.Name + ".", changed);
            }
            else if (!Same(a, b))
            {
                changed.Add(prefix + field.Name);
            }
        }
    }

    private static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b) || Equals(a, b))
        {
            return true;
        }

        if (a is Record ra && b is Record rb)
        {
            return ChangedPaths(ra, rb).Count == 0;
        }

        if (a is IList la && b is IList lb && a is not string && la.Count == lb.Count)
        {
            for (var i = 0; i < la.Count; i++)
            {
                if (!Same(la[i], lb[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
