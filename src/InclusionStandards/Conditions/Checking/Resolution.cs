using System.Reflection;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Conditions.Checking;

/// <summary>What an identifier or field selection refers to, as decided by the checker.</summary>
internal abstract record Resolution;

/// <summary>A declared variable (a lambda parameter), by declaration index.</summary>
internal sealed record VariableResolution(int Index) : Resolution;

/// <summary>A comprehension variable.</summary>
internal sealed record IterationResolution(string Name) : Resolution;

/// <summary>A type name used as a value, e.g. <c>int</c>.</summary>
internal sealed record TypeNameResolution(CelTypeValue Value) : Resolution;

/// <summary>A field of a schema-defined record.</summary>
internal sealed record RecordFieldResolution(RecordField Field) : Resolution;

/// <summary>A public property of a CLR object.</summary>
internal sealed record PropertyResolution(PropertyInfo Property) : Resolution;

/// <summary>A key of a map, or a field of a value whose type is only known at run time.</summary>
internal sealed record DynamicFieldResolution : Resolution;
