using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace InclusionStandards.Assessments.Json;

/// <summary>
/// Serialises an <see cref="Assessment"/> to the documented results format (<c>docs/results-format.md</c>,
/// <c>schemas/results.schema.json</c>) and reads it back. Output is deterministic: the same assessment gives
/// byte-identical UTF-8 on every platform and in every culture (two-space indentation, <c>\n</c> newlines, a final
/// newline, invariant numbers that round-trip, dates as <c>yyyy-MM-dd</c>). Thread-safe.
/// </summary>
public static class AssessmentJson
{
    /// <summary>Serialises <paramref name="assessment"/> as an indented JSON document ending with a newline.</summary>
    /// <exception cref="ArgumentException">A number is not finite (NaN or infinity has no JSON form).</exception>
    public static string Serialize(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonSerializer.Serialize(assessment, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.Indented)) + "\n";
    }

    /// <summary>Serialises <paramref name="assessment"/> as UTF-8 bytes (no byte-order mark), as <see cref="Serialize(Assessment)"/>.</summary>
    public static byte[] SerializeToUtf8Bytes(Assessment assessment) => Encoding.UTF8.GetBytes(Serialize(assessment));

    /// <summary>Serialises <paramref name="assessment"/> on one line, without a newline (a JSON Lines record).</summary>
    public static string SerializeCompact(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonSerializer.Serialize(assessment, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.CompactWrite));
    }

    /// <summary>Serialises <paramref name="assessment"/> as <see cref="SerializeCompact(Assessment)"/> does, as UTF-8 bytes (no byte-order mark).</summary>
    public static byte[] SerializeCompactToUtf8Bytes(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonSerializer.SerializeToUtf8Bytes(assessment, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.CompactWrite));
    }

    /// <summary>
    /// Writes <paramref name="assessment"/> as <see cref="SerializeCompactToUtf8Bytes"/> does to
    /// <paramref name="destination"/>, so that a caller writing many records can reuse one buffer.
    /// </summary>
    public static void SerializeCompact(Assessment assessment, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new Utf8JsonWriter(destination, WriterOptions(AssessmentJsonOptions.Compact));
        JsonSerializer.Serialize(writer, assessment, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.CompactWrite));
    }

    /// <summary>The writer settings the serializer uses for <paramref name="options"/> (same bytes as its own writer).</summary>
    internal static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        SkipValidation = true,
    };

    /// <summary>
    /// Adds a trend and a peer comparison to a compact record of an assessment that has neither (written by
    /// <see cref="SerializeCompactToUtf8Bytes"/>), without serialising the rest again: the result is byte for byte
    /// what serialising the assessment with them would give, since they are its last members.
    /// </summary>
    /// <exception cref="ArgumentException">The record is not a compact JSON object.</exception>
    public static byte[] AppendTrendAndPeers(ReadOnlySpan<byte> compactRecord, AssessmentTrend? trend, PeerComparison? peers)
    {
        var buffer = new ArrayBufferWriter<byte>(compactRecord.Length + (trend is null && peers is null ? 0 : 4096));
        AppendTrendAndPeers(compactRecord, trend, peers, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes <paramref name="compactRecord"/> with a trend and a peer comparison added to <paramref name="destination"/>
    /// (see <see cref="AppendTrendAndPeers(ReadOnlySpan{byte}, AssessmentTrend?, PeerComparison?)"/>), so that a caller
    /// writing many records can reuse one buffer.
    /// </summary>
    /// <exception cref="ArgumentException">The record is not a compact JSON object.</exception>
    public static void AppendTrendAndPeers(ReadOnlySpan<byte> compactRecord, AssessmentTrend? trend, PeerComparison? peers, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var end = compactRecord.TrimEnd("\n\r "u8);
        if (end.Length < 2 || end[0] != (byte)'{' || end[^1] != (byte)'}')
        {
            throw new ArgumentException("Not a compact results record (a JSON object).", nameof(compactRecord));
        }

        if (trend is null && peers is null)
        {
            destination.Write(end);
            return;
        }

        destination.Write(end[..^1]);
        using var writer = new Utf8JsonWriter(destination, WriterOptions(AssessmentJsonOptions.Compact));
        if (trend is not null)
        {
            destination.Write(",\"trend\":"u8);
            JsonSerializer.Serialize(writer, trend, AssessmentJsonOptions.Compact.GetTypeInfo(typeof(AssessmentTrend)));
            writer.Flush();
            writer.Reset(destination);
        }

        if (peers is not null)
        {
            destination.Write(",\"peers\":"u8);
            JsonSerializer.Serialize(writer, peers, AssessmentJsonOptions.Compact.GetTypeInfo(typeof(PeerComparison)));
            writer.Flush();
        }

        destination.Write("}"u8);
    }

    /// <summary>
    /// The indented document <see cref="Serialize(Assessment)"/> writes, from a compact record of the same assessment
    /// (<see cref="SerializeCompactToUtf8Bytes"/>, with or without a trend and peers appended): the tokens are copied with the
    /// same writer settings, so the text is byte for byte the same, without reading the assessment back into objects
    /// (a board of 10,000 members gives tens of megabytes of results).
    /// </summary>
    /// <exception cref="JsonException">The record is not valid JSON.</exception>
    public static string Indent(ReadOnlySpan<byte> compactRecord)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>(compactRecord.Length * 2);
        var options = AssessmentJsonOptions.Indented;
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, IndentCharacter = options.IndentCharacter, IndentSize = options.IndentSize, NewLine = options.NewLine, Encoder = options.Encoder }))
        {
            var reader = new Utf8JsonReader(compactRecord);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(reader.GetString()!); break;
                    case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
                    case JsonTokenType.Number: WriteNumber(writer, ref reader); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    case JsonTokenType.Null: writer.WriteNullValue(); break;
                }
            }
        }

        return Encoding.UTF8.GetString(output.WrittenSpan) + "\n";
    }

    /// <summary>A number as the serialiser writes it: an integer as an integer, anything else (also -0) as a double.</summary>
    private static void WriteNumber(Utf8JsonWriter writer, ref Utf8JsonReader reader)
    {
        var text = reader.ValueSpan;
        if (text.IndexOfAny(".eE"u8) < 0 && !text.StartsWith("-0"u8) && reader.TryGetInt64(out var whole))
        {
            writer.WriteNumberValue(whole);
        }
        else
        {
            writer.WriteNumberValue(reader.GetDouble());
        }
    }

    /// <summary>Reads an assessment written by <see cref="Serialize(Assessment)"/> or <see cref="SerializeCompact(Assessment)"/>.</summary>
    /// <exception cref="JsonException">
    /// The text is not a valid results document: malformed JSON, a missing required member, an unknown member,
    /// a wrong type, or an unsupported <c>schemaVersion</c>. The message gives the JSON path and line.
    /// </exception>
    public static Assessment Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var assessment = JsonSerializer.Deserialize(json, AssessmentJsonOptions.TypeInfo(AssessmentJsonOptions.Compact))
            ?? throw new JsonException("The results document is null.");
        return CheckVersion(assessment);
    }

    /// <summary>Reads an assessment without throwing for bad input.</summary>
    /// <param name="json">The text.</param>
    /// <param name="assessment">The assessment read, when the result is true.</param>
    /// <param name="error">Why the text is not a valid results document, when the result is false.</param>
    /// <returns>True when the text was read.</returns>
    public static bool TryDeserialize(
        string json, [NotNullWhen(true)] out Assessment? assessment, [NotNullWhen(false)] out string? error)
    {
        try
        {
            assessment = Deserialize(json);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            assessment = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Reads every non-blank line of a JSON Lines stream as an assessment, lazily, in order.</summary>
    /// <exception cref="JsonException">A line is not a valid results document; the message gives its line number.</exception>
    public static IEnumerable<Assessment> DeserializeLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Assessment assessment;
            try
            {
                assessment = Deserialize(line);
            }
            catch (JsonException e)
            {
                throw new JsonException($"line {number}: {e.Message}", e);
            }

            yield return assessment;
        }
    }

    /// <summary>The JSON Schema (draft 2020-12) of the results format, generated from the serialisation contract.</summary>
    public static string GetSchema() => ResultsSchema.Generate();

    private static Assessment CheckVersion(Assessment assessment)
    {
        var major = Assessment.CurrentSchemaVersion.Split('.')[0] + ".";
        if (assessment.SchemaVersion is null || !assessment.SchemaVersion.StartsWith(major, StringComparison.Ordinal))
        {
            throw new JsonException(
                $"Unsupported results schemaVersion '{assessment.SchemaVersion}'; this reader supports {major}x.");
        }

        return assessment;
    }
}
