using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InclusionStandards.Evaluation;

namespace InclusionStandards.Assessments.Json;

/// <summary>
/// Writes a <see cref="CriterionResult"/> on one line with the members that come from the standards (id, standard,
/// scope, title, statement, provisional, citations, conditions, dependencies, action, owner — about four fifths of a
/// record) copied from bytes kept per criterion, so that a batch does not encode the same text again for every
/// organisation; only the members that come from the evidence (outcome onwards) are serialised each time. The bytes
/// are those of serialising the result whole: a kept prefix is used only when every one of its members equals the
/// result's, and the rest is serialised by the same contract. Write only (compact records). Thread-safe.
/// </summary>
internal sealed class CriterionPrefixConverter(JsonSerializerOptions plain) : JsonConverter<CriterionResult>
{
    [ThreadStatic]
    private static Buffers? t_buffers;

    private readonly ConcurrentDictionary<string, Prefix> _prefixes = new(StringComparer.Ordinal);

    /// <summary>The first member written from the evidence; a JSON string cannot hold it unescaped, so it is found only where the member starts.</summary>
    private static ReadOnlySpan<byte> FirstEvidenceMember => ",\"outcome\":"u8;

    private JsonTypeInfo<CriterionResult> Plain => (JsonTypeInfo<CriterionResult>)plain.GetTypeInfo(typeof(CriterionResult));

    public override CriterionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Used for writing only.");

    public override void Write(Utf8JsonWriter writer, CriterionResult value, JsonSerializerOptions options)
    {
        if (value.Subject is not null)
        {
            JsonSerializer.Serialize(writer, value, Plain); // one element of a per-element criterion: its subject varies
            return;
        }

        var buffers = t_buffers ??= new Buffers();
        var prefix = PrefixOf(value, buffers);
        buffers.Rest.ResetWrittenCount();
        buffers.Writer.Reset(buffers.Rest);
        JsonSerializer.Serialize(buffers.Writer, value with
        {
            CriterionId = string.Empty, StandardId = string.Empty, ScopeId = string.Empty, Title = string.Empty, Statement = null, Provisional = false,
            Citations = [], Conditions = [], DependsOn = [], Action = null, Owner = null,
        }, Plain);
        buffers.Writer.Flush();
        var rest = buffers.Rest.WrittenSpan;
        rest = rest[rest.IndexOf(FirstEvidenceMember)..];
        buffers.Whole.ResetWrittenCount();
        buffers.Whole.Write(prefix);
        buffers.Whole.Write(rest);
        writer.WriteRawValue(buffers.Whole.WrittenSpan, skipInputValidation: true);
    }

    private byte[] PrefixOf(CriterionResult value, Buffers buffers)
    {
        if (_prefixes.TryGetValue(value.CriterionId, out var kept) && kept.Matches(value))
        {
            return kept.Bytes;
        }

        buffers.Rest.ResetWrittenCount();
        buffers.Writer.Reset(buffers.Rest);
        JsonSerializer.Serialize(buffers.Writer, value, Plain);
        buffers.Writer.Flush();
        var whole = buffers.Rest.WrittenSpan;
        var prefix = new Prefix(value, whole[..whole.IndexOf(FirstEvidenceMember)].ToArray());
        _prefixes[value.CriterionId] = prefix; // one per criterion id: memory is bounded by the catalog
        return prefix.Bytes;
    }

    private sealed class Buffers
    {
        public Buffers() => Writer = new Utf8JsonWriter(Rest, AssessmentJson.WriterOptions(AssessmentJsonOptions.Compact));

        public ArrayBufferWriter<byte> Rest { get; } = new(16 * 1024);

        public ArrayBufferWriter<byte> Whole { get; } = new(16 * 1024);

        public Utf8JsonWriter Writer { get; }
    }

    /// <summary>The bytes before <c>,"outcome":</c> of a result, and the result they were written from.</summary>
    private sealed record Prefix(CriterionResult From, byte[] Bytes)
    {
        public bool Matches(CriterionResult r) =>
            string.Equals(From.CriterionId, r.CriterionId, StringComparison.Ordinal)
            && string.Equals(From.StandardId, r.StandardId, StringComparison.Ordinal)
            && string.Equals(From.ScopeId, r.ScopeId, StringComparison.Ordinal)
            && string.Equals(From.Title, r.Title, StringComparison.Ordinal)
            && From.Subject is null && r.Subject is null
            && string.Equals(From.Statement, r.Statement, StringComparison.Ordinal)
            && From.Provisional == r.Provisional
            && Same(From.Citations, r.Citations)
            && Same(From.Conditions, r.Conditions)
            && Same(From.DependsOn, r.DependsOn)
            && string.Equals(From.Action, r.Action, StringComparison.Ordinal)
            && string.Equals(From.Owner, r.Owner, StringComparison.Ordinal);

        private static bool Same<T>(System.Collections.Immutable.ImmutableArray<T> a, System.Collections.Immutable.ImmutableArray<T> b) =>
            a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());
    }
}
