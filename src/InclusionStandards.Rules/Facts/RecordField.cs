namespace InclusionStandards.Rules.Facts;

/// <summary>A named, typed field of a <see cref="RecordType"/>. Immutable.</summary>
/// <param name="Name">The field name, unique within its record type (case-sensitive).</param>
/// <param name="Type">The declared type.</param>
/// <param name="Index">The zero-based position of the field in its record type.</param>
public sealed record RecordField(string Name, FieldType Type, int Index);
