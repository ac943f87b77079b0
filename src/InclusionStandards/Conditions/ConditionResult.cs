using System.Collections.Immutable;
using InclusionStandards.Conditions.Runtime;

namespace InclusionStandards.Conditions;

/// <summary>
/// The result of evaluating a condition: true, false, unknown (with the sorted, de-duplicated evidence paths that
/// are missing), error (with a message), or a value for non-boolean expressions. Immutable.
/// </summary>
public readonly struct ConditionResult : IEquatable<ConditionResult>
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
    private readonly object? _value;
    private readonly ImmutableArray<string> _missing;

    private ConditionResult(ConditionResultKind kind, object? value, ImmutableArray<string> missing, string? error)
    {
        Kind = kind;
        _value = value;
        _missing = missing;
        ErrorMessage = error;
    }

    /// <summary>The true result.</summary>
    public static ConditionResult True => new(ConditionResultKind.True, null, default, null);

    /// <summary>The false result.</summary>
    public static ConditionResult False => new(ConditionResultKind.False, null, default, null);

    /// <summary>What kind of result this is.</summary>
    public ConditionResultKind Kind { get; }

    /// <summary>
    /// The value: a boxed bool for <see cref="ConditionResultKind.True"/>/<see cref="ConditionResultKind.False"/>; the
    /// value for <see cref="ConditionResultKind.Value"/> (long, ulong, double, string, byte[], DateTimeOffset,
    /// TimeSpan, IReadOnlyList&lt;object?&gt;, IReadOnlyDictionary&lt;object, object?&gt;, a record or CLR object, or
    /// null); otherwise null.
    /// </summary>
    public object? Value => Kind switch
    {
        ConditionResultKind.True => BoxedTrue,
        ConditionResultKind.False => BoxedFalse,
        _ => _value,
    };

    /// <summary>For <see cref="ConditionResultKind.Unknown"/>, the missing evidence paths in ordinal order; else empty.</summary>
    public ImmutableArray<string> MissingPaths => _missing.IsDefault ? ImmutableArray<string>.Empty : _missing;

    /// <summary>For <see cref="ConditionResultKind.Error"/>, what went wrong; otherwise null.</summary>
    public string? ErrorMessage { get; }

    /// <summary>True when <see cref="Kind"/> is <see cref="ConditionResultKind.True"/>.</summary>
    public bool IsTrue => Kind == ConditionResultKind.True;

    /// <summary>True when <see cref="Kind"/> is <see cref="ConditionResultKind.Unknown"/>.</summary>
    public bool IsUnknown => Kind == ConditionResultKind.Unknown;

    /// <summary>True when <see cref="Kind"/> is <see cref="ConditionResultKind.Error"/>.</summary>
    public bool IsError => Kind == ConditionResultKind.Error;

    /// <summary>The result for a boolean.</summary>
    public static ConditionResult FromBool(bool value) => value ? True : False;

    /// <summary>
    /// A value result (for non-boolean expressions); a boolean value gives <see cref="True"/> or <see cref="False"/>.
    /// Maps are returned as read-only dictionaries.
    /// </summary>
    public static ConditionResult FromValue(object? value) =>
        value is bool b ? FromBool(b) : new(ConditionResultKind.Value, Publish(value), default, null);

    /// <summary>An unknown result naming the missing evidence paths (sorted and de-duplicated here).</summary>
    public static ConditionResult Unknown(IEnumerable<string> missingPaths)
    {
        ArgumentNullException.ThrowIfNull(missingPaths);
        return new(ConditionResultKind.Unknown, null, missingPaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), null);
    }

    /// <summary>An error result.</summary>
    public static ConditionResult Error(string message) => new(ConditionResultKind.Error, null, default, message);

    /// <inheritdoc />
    public bool Equals(ConditionResult other) =>
        Kind == other.Kind && Equals(_value, other._value) && MissingPaths.SequenceEqual(other.MissingPaths) && ErrorMessage == other.ErrorMessage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConditionResult r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _value, ErrorMessage);

    /// <summary>E.g. <c>true</c>, <c>unknown(board.chair.appraisal)</c>, <c>error(divide by zero)</c>, <c>0.25</c>.</summary>
    public override string ToString() => Kind switch
    {
        ConditionResultKind.True => "true",
        ConditionResultKind.False => "false",
        ConditionResultKind.Unknown => $"unknown({string.Join(", ", MissingPaths)})",
        ConditionResultKind.Error => $"error({ErrorMessage})",
        _ => CelValues.Format(_value is IReadOnlyDictionary<object, object?> ? null : CelValues.Normalize(_value)),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(ConditionResult left, ConditionResult right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(ConditionResult left, ConditionResult right) => !left.Equals(right);

    internal static ConditionResult FromException(Exception e) => e switch
    {
        CelUnknownException u => Unknown(u.Paths),
        _ => Error(e.Message),
    };

    private static object? Publish(object? value) => value switch
    {
        CelMap m => m.Entries.ToDictionary(e => e.Key, e => Publish(e.Value)).AsReadOnly(),
        CelTimestamp t => (DateTimeOffset)t,
        CelDuration d => (TimeSpan)d,
        IReadOnlyList<object?> l when l.Any(x => x is CelMap or IReadOnlyList<object?> or CelTimestamp or CelDuration) => l.Select(Publish).ToArray(),
        _ => value,
    };
}
