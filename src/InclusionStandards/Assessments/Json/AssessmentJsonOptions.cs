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

    /// <summary>
    /// <see cref="Compact"/> for writing: criteria results whose standards text was written before are copied from kept
    /// bytes (<see cref="CriterionPrefixConverter"/>); the same bytes, written faster. Not for reading.
    /// </summary>
    public static readonly JsonSerializerOptions CompactWrite = Create(indented: false, new CriterionPrefixConverter(Compact));

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

    private static JsonSerializerOptions Create(bool indented, System.Text.Json.Serialization.JsonConverter? converter = null)
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
        if (converter is not null)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
