using System.Reflection;

namespace InclusionStandards.Diagnostics;

/// <summary>One entry of a diagnostic code catalog. Immutable.</summary>
/// <param name="Code">The stable code, e.g. <c>STD104</c>.</param>
/// <param name="Name">The name of its constant, e.g. <c>InvalidValue</c>.</param>
/// <param name="Severity">The severity it is reported with.</param>
/// <param name="Meaning">What it means, in one line.</param>
public sealed record DiagnosticCodeInfo(string Code, string Name, DiagnosticSeverity Severity, string Meaning)
{
    /// <summary>
    /// The entries of a catalog class: its public string constants, each of which must carry a
    /// <see cref="DiagnosticCodeAttribute"/>; ordered by code.
    /// </summary>
    /// <param name="catalog">A static class of <c>const string</c> codes.</param>
    /// <exception cref="InvalidOperationException">A constant without <see cref="DiagnosticCodeAttribute"/>.</exception>
    public static IReadOnlyList<DiagnosticCodeInfo> Of(Type catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f =>
            {
                var about = f.GetCustomAttribute<DiagnosticCodeAttribute>()
                    ?? throw new InvalidOperationException($"{catalog.Name}.{f.Name} has no [DiagnosticCode].");
                return new DiagnosticCodeInfo((string)f.GetRawConstantValue()!, f.Name, about.Severity, about.Meaning);
            })
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToArray();
    }
}
