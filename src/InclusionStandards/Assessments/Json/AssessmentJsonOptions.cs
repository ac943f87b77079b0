using InclusionStandards.Evaluation;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace InclusionStandards.Assessments.Json;

/// <summary>The two writer configurations (indented document, one-line record) built on the generated context.</summary>
internal static class AssessmentJsonOptions
{
    /// <summary>Indented with two spaces and <c>\n</c> newlines on every platform.</summary>
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>No whitespace: one assessment per line (JSON Lines).</summary>
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    /// <summary>The type info for <see cref="Assessment"/> under <paramref name="options"/>.</summary>
    public static JsonTypeInfo<Assessment> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<Assessment>)options.GetTypeInfo(typeof(Assessment));

    /// <summary>
    /// <c>evidenceUsed[].value</c> is written even when null (the evidence was missing): it is a required member,
    /// so a reader can tell "missing" from "left out".
    /// </summary>
    private static void AlwaysWriteEvidenceValue(JsonTypeInfo info)
    {
        if (info.Type != typeof(EvidenceValue))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Name == "value")
            {
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(AssessmentJsonContext.Default.Options)
        {
            WriteIndented = indented,
            IndentCharacter = ' ',
            IndentSize = 2,
            NewLine = "\n",
            // Results files are not embedded in HTML or script; keep non-ASCII text (names, apostrophes) readable.
            // The output is still valid, deterministic JSON.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = AssessmentJsonContext.Default.WithAddedModifier(AlwaysWriteEvidenceValue),
        };
        options.MakeReadOnly();
        return options;
    }
}
