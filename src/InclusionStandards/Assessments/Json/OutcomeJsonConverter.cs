using InclusionStandards.Model;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InclusionStandards.Assessments.Json;

/// <summary>
/// Writes and reads <see cref="Outcome"/> as a kebab-case string (<c>met</c>, <c>partially-met</c>, <c>not-met</c>,
/// <c>insufficient-evidence</c>, <c>not-applicable</c>); numbers are rejected on reading.
/// </summary>
internal sealed class OutcomeJsonConverter()
    : JsonStringEnumConverter<Outcome>(KebabCase.JsonNaming, allowIntegerValues: false);
