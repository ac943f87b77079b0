namespace InclusionStandards.Conditions;

/// <summary>A declared variable of an environment: a name (may be dotted, e.g. <c>org.board</c>) and a type. Immutable.</summary>
/// <param name="Name">The name used in expressions.</param>
/// <param name="Type">The declared type.</param>
public sealed record CelVariable(string Name, CelType Type);
