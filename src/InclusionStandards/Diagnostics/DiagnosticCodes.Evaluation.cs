namespace InclusionStandards.Diagnostics;

/// <content>The codes of evaluation (<c>EVL</c>) and the list of the whole catalog.</content>
public static partial class DiagnosticCodes
{
    /// <summary>EVL001: a host could not compile its standards and no more specific error says why; nothing is evaluated.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A host could not compile its standards and no more specific error says why; nothing is evaluated.")]
    public const string EvaluationStandardsNotCompiled = "EVL001";

    /// <summary>EVL110: the chosen engine cannot take the catalog; there is no fallback to another engine.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The chosen engine cannot take the catalog; there is no fallback to another engine.")]
    public const string EvaluationEngineCannotTakeCatalog = "EVL110";

    /// <summary>Every code of the catalog with its constant's name, severity and meaning, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticCodeInfo> All { get; } = DiagnosticCodeInfo.Of(typeof(DiagnosticCodes));
}
