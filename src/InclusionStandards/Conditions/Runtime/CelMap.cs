namespace InclusionStandards.Conditions.Runtime;

/// <summary>
/// The run-time form of a CEL map: keys are long, ulong, bool or string, and numerically equal int/uint/double
/// keys are the same key. Immutable after construction.
/// </summary>
internal sealed class CelMap
{
    public static readonly CelMap Empty = new(new Dictionary<object, object?>(KeyComparer.Instance));

    private readonly Dictionary<object, object?> _entries;

    private CelMap(Dictionary<object, object?> entries) => _entries = entries;

    public int Count => _entries.Count;

    public IEnumerable<object> Keys => _entries.Keys;

    public IEnumerable<KeyValuePair<object, object?>> Entries => _entries;

    /// <summary>Builds a map from a literal; repeated keys and unsupported key types are errors.</summary>
    public static CelMap FromEntries(object?[] keys, object?[] values)
    {
        var d = new Dictionary<object, object?>(keys.Length, KeyComparer.Instance);
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k is not (long or ulong or bool or string))
            {
                throw new CelErrorException($"unsupported key type {CelValues.TypeName(k)}");
            }

            if (!d.TryAdd(k, values[i]))
            {
                throw new CelErrorException($"Failed with repeated key {CelValues.Format(k)}");
            }
        }

        return new CelMap(d);
    }

    /// <summary>Wraps a host dictionary (copying), normalising the values.</summary>
    public static CelMap FromHost(System.Collections.IDictionary source)
    {
        var d = new Dictionary<object, object?>(source.Count, KeyComparer.Instance);
        foreach (System.Collections.DictionaryEntry e in source)
        {
            d[CelValues.Normalize(e.Key)!] = CelValues.Normalize(e.Value);
        }

        return new CelMap(d);
    }

    public static CelMap FromPairs(IEnumerable<KeyValuePair<string, object?>> source)
    {
        var d = new Dictionary<object, object?>(KeyComparer.Instance);
        foreach (var e in source)
        {
            d[e.Key] = CelValues.Normalize(e.Value);
        }

        return new CelMap(d);
    }

    public bool TryGet(object? key, out object? value)
    {
        value = null;
        if (key is double dk)
        {
            // A double key finds an int or uint key of the same value.
            if (dk == Math.Floor(dk) && dk >= long.MinValue && dk < 9.2233720368547758E18 && _entries.TryGetValue((long)dk, out value))
            {
                return true;
            }

            return dk >= 0 && dk == Math.Floor(dk) && dk < 1.8446744073709552E19 && _entries.TryGetValue((ulong)dk, out value);
        }

        return key is not null && _entries.TryGetValue(key, out value);
    }

    public object? Get(object? key) =>
        TryGet(key, out var v) ? v : throw new CelErrorException($"no such key: {CelValues.Format(key)}");

    public bool ContainsKey(object? key) => TryGet(key, out _);

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static readonly KeyComparer Instance = new();

        public new bool Equals(object? x, object? y) => CelValues.Equal(x, y);

        public int GetHashCode(object obj) => obj switch
        {
            long l => l.GetHashCode(),
            ulong u => u <= long.MaxValue ? ((long)u).GetHashCode() : u.GetHashCode(),
            _ => obj.GetHashCode(),
        };
    }
}
