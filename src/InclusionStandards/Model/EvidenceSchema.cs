using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>
/// The <c>kind: evidence-schema</c> document (exactly one per catalog): the types evidence may contain and the
/// root fields of an evidence file. Immutable.
/// </summary>
public sealed record EvidenceSchema : Standard
{
    /// <summary>The name of the root record type built by <see cref="BuildRecordTypes"/>.</summary>
    public const string RootTypeName = "Evidence";

    /// <summary>The name of the period record type (<c>start</c>, <c>end</c> timestamps).</summary>
    public const string PeriodTypeName = "Period";

    /// <summary>The name of the type that must describe the organisation.</summary>
    public const string OrganisationTypeName = "Organisation";

    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.EvidenceSchema;

    /// <summary>The declared types, in declaration order.</summary>
    public required ImmutableArray<EvidenceTypeDefinition> Types { get; init; }

    /// <summary>The root fields (including <c>organisation</c>), in declaration order.</summary>
    public required ImmutableArray<EvidenceFieldDefinition> Root { get; init; }

    /// <summary>Looks up a declared type by name.</summary>
    public EvidenceTypeDefinition? FindType(string name) => Types.FirstOrDefault(t => t.Name == name);

    /// <summary>Looks up a root field by name.</summary>
    public EvidenceFieldDefinition? FindRootField(string name) => Root.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// Builds the engine's record types: one sealed <see cref="Rules.Facts.RecordType"/> per declared type, a
    /// <c>Period</c> type, and the root <c>Evidence</c> type (organisation, period, assessmentDate, then the other
    /// root fields). A reference to an undeclared type becomes <see cref="Rules.Facts.FieldType.Any"/> (validation
    /// reports it). Each call returns new instances.
    /// </summary>
    public EvidenceRecordTypes BuildRecordTypes() => EvidenceRecordTypes.Build(this);
}
