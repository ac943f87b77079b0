using System.Text.Json.Serialization;

namespace InclusionStandards.Assessments.Json;

/// <summary>
/// The source-generated serialisation contract of the results format: camelCase names, outcomes as kebab-case
/// strings, <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, null members left out, unknown members rejected on reading.
/// Property order is declaration order, fixed at compile time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(OutcomeJsonConverter)])]
[JsonSerializable(typeof(Assessment))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext;
