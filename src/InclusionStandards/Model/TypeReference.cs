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

    /// <summary>Parses a type string; returns <see langword="null"/> when it is not well formed.</summary>
    /// <param name="text">E.g. <c>list&lt;BoardMember&gt;</c> or <c>map&lt;string, int&gt;</c>; whitespace is ignored.</param>
    public static TypeReference? TryParse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return s switch
        {
            "bool" => Primitive(TypeReferenceKind.Bool),
            "int" => Primitive(TypeReferenceKind.Int),
            "double" => Primitive(TypeReferenceKind.Double),
            "string" => Primitive(TypeReferenceKind.String),
            "timestamp" => Primitive(TypeReferenceKind.Timestamp),
            "duration" => Primitive(TypeReferenceKind.Duration),
            _ when s.StartsWith("list<", StringComparison.Ordinal) && s.EndsWith('>') =>
                TryParse(s[5..^1]) is { } e ? ListOf(e) : null,
            _ when s.StartsWith("map<string,", StringComparison.Ordinal) && s.EndsWith('>') =>
                TryParse(s[11..^1]) is { } v ? MapOf(v) : null,
            _ when s.Length > 0 && char.IsAsciiLetterUpper(s[0]) && s.All(char.IsAsciiLetterOrDigit) => Named(s),
            _ => null,
        };
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
