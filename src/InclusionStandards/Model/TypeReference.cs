namespace InclusionStandards.Model;

/// <summary>
/// A parsed field type of the evidence schema: <c>bool</c>, <c>int</c>, <c>double</c>, <c>string</c>,
/// <c>timestamp</c>, <c>duration</c>, <c>list&lt;T&gt;</c>, <c>map&lt;string, T&gt;</c> or a type name. Immutable.
/// </summary>
public sealed record TypeReference
{
    private TypeReference(TypeReferenceKind kind, TypeReference? element, string? name)
    {
        Kind = kind;
        Element = element;
        Name = name;
    }

    /// <summary>The shape.</summary>
    public TypeReferenceKind Kind { get; }

    /// <summary>For lists and maps, the element (map value) type; otherwise <see langword="null"/>.</summary>
    public TypeReference? Element { get; }

    /// <summary>For <see cref="TypeReferenceKind.Named"/>, the type name; otherwise <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>A primitive type (not list, map or named).</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not primitive.</exception>
    public static TypeReference Primitive(TypeReferenceKind kind) =>
        kind is TypeReferenceKind.List or TypeReferenceKind.Map or TypeReferenceKind.Named
            ? throw new ArgumentException($"{kind} is not a primitive type.", nameof(kind))
            : new TypeReference(kind, null, null);

    /// <summary><c>list&lt;element&gt;</c>.</summary>
    public static TypeReference ListOf(TypeReference element) => new(TypeReferenceKind.List, element ?? throw new ArgumentNullException(nameof(element)), null);

    /// <summary><c>map&lt;string, value&gt;</c>.</summary>
    public static TypeReference MapOf(TypeReference value) => new(TypeReferenceKind.Map, value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A type declared in the evidence schema.</summary>
    public static TypeReference Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new TypeReference(TypeReferenceKind.Named, null, name);
    }

    /// <summary>The deepest nesting of <c>list&lt;…&gt;</c> and <c>map&lt;string, …&gt;</c> a type may have.</summary>
    public const int MaxNesting = 8;

    /// <summary>
    /// Parses a type string; returns <see langword="null"/> when it is not well formed or nests lists and maps more than
    /// <see cref="MaxNesting"/> deep. Reads the wrappers in one pass (no recursion, no copies per level).
    /// </summary>
    /// <param name="text">E.g. <c>list&lt;BoardMember&gt;</c> or <c>map&lt;string, int&gt;</c>; whitespace is ignored.</param>
    public static TypeReference? TryParse(string? text)
    {
        if (text is null || text.Length > 1000)
        {
            return null;
        }

        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var wrappers = new List<bool>(); // true = map
        var at = 0;
        var end = s.Length;
        while (true)
        {
            var list = string.CompareOrdinal(s, at, "list<", 0, 5) == 0;
            var map = !list && string.CompareOrdinal(s, at, "map<string,", 0, 11) == 0;
            if (!list && !map)
            {
                break;
            }

            if (end <= at || s[end - 1] != '>' || wrappers.Count == MaxNesting)
            {
                return null;
            }

            wrappers.Add(map);
            at += list ? 5 : 11;
            end--;
        }

        if (end < at)
        {
            return null;
        }

        var inner = s[at..end];
        TypeReference? result = inner switch
        {
            "bool" => Primitive(TypeReferenceKind.Bool),
            "int" => Primitive(TypeReferenceKind.Int),
            "double" => Primitive(TypeReferenceKind.Double),
            "string" => Primitive(TypeReferenceKind.String),
            "timestamp" => Primitive(TypeReferenceKind.Timestamp),
            "duration" => Primitive(TypeReferenceKind.Duration),
            _ when inner.Length > 0 && char.IsAsciiLetterUpper(inner[0]) && inner.All(char.IsAsciiLetterOrDigit) => Named(inner),
            _ => null,
        };
        for (var i = wrappers.Count - 1; i >= 0 && result is not null; i--)
        {
            result = wrappers[i] ? MapOf(result) : ListOf(result);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        TypeReferenceKind.List => $"list<{Element}>",
        TypeReferenceKind.Map => $"map<string, {Element}>",
        TypeReferenceKind.Named => Name!,
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
