namespace InclusionStandards.Diagnostics;

/// <summary>
/// Describes a diagnostic code constant of a catalog class: the severity it is reported with and what it means in one
/// line. Read by <see cref="DiagnosticCodeInfo.Of(Type)"/>.
/// </summary>
/// <param name="severity">The severity the code is reported with.</param>
/// <param name="meaning">What the code means, in one line.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class DiagnosticCodeAttribute(DiagnosticSeverity severity, string meaning) : Attribute
{
    /// <summary>The severity the code is reported with.</summary>
    public DiagnosticSeverity Severity { get; } = severity;

    /// <summary>What the code means, in one line.</summary>
    public string Meaning { get; } = meaning;
}
