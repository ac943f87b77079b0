namespace InclusionStandards.Evidence;

/// <summary>
/// The evidence path of a value being read (<c>boardMembers[3].appraisal.completedOn</c>), kept as its parent's path
/// and its own key or position: the text is only put together when a diagnostic (or a date or share that is kept)
/// needs it, so reading a large file builds no string per value.
/// </summary>
internal readonly struct FieldPath
{
    private readonly string _parent;
    private readonly string? _key;
    private readonly int _index;

    private FieldPath(string parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>The path of the value under <paramref name="key"/> of the record at <paramref name="parent"/> (the root: empty).</summary>
    public static FieldPath Field(string parent, string key) => new(parent, key, -1);

    /// <summary>The path of the element at <paramref name="index"/> of the list at <paramref name="parent"/>.</summary>
    public static FieldPath Item(string parent, int index) => new(parent, null, index);

    /// <summary>A path given whole.</summary>
    public static implicit operator FieldPath(string path) => new(path, null, -1);

    /// <summary>True for the evidence root (the empty path).</summary>
    public bool IsRoot => _key is null && _index < 0 && _parent.Length == 0;

    /// <inheritdoc />
    public override string ToString() => (_key, _index) switch
    {
        (null, < 0) => _parent,
        (null, var i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_parent}[{i}]"),
        ({ } key, _) when _parent.Length == 0 => key,
        ({ } key, _) => $"{_parent}.{key}",
    };
}
