namespace InclusionStandards.Model;

/// <summary>The shape of a <see cref="TypeReference"/>.</summary>
public enum TypeReferenceKind
{
    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>int</c> (64-bit).</summary>
    Int,

    /// <summary><c>double</c>.</summary>
    Double,

    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>timestamp</c>.</summary>
    Timestamp,

    /// <summary><c>duration</c>.</summary>
    Duration,

    /// <summary><c>list&lt;T&gt;</c>.</summary>
    List,

    /// <summary><c>map&lt;string, T&gt;</c>.</summary>
    Map,

    /// <summary>A type declared in the evidence schema's <c>types</c>.</summary>
    Named,
}
