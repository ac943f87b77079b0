using InclusionStandards.Model;

namespace InclusionStandards.Testing;

/// <summary>
/// Deep merge of data trees for rule tests (format §8): mappings merge key by key, lists and scalars replace,
/// a null value removes the key. Pure; neither input is changed.
/// </summary>
internal static class DataMerge
{
    public static DataNode Merge(DataNode baseNode, DataNode patch)
    {
        if (baseNode is not DataMapping b || patch is not DataMapping p)
        {
            return patch;
        }

        var entries = b.Entries.ToList();
        foreach (var (key, value) in p.Entries)
        {
            var i = entries.FindIndex(e => e.Key == key);
            if (value is DataScalar { Value: null, Quoted: false })
            {
                if (i >= 0)
                {
                    entries.RemoveAt(i);
                }
            }
            else if (i >= 0)
            {
                entries[i] = new(key, Merge(entries[i].Value, value));
            }
            else
            {
                entries.Add(new(key, value));
            }
        }

        return b with { Entries = [.. entries] };
    }
}
