namespace InclusionStandards.Model;

/// <summary>The kind of a standards document, given by its <c>kind</c> key.</summary>
public enum StandardKind
{
    /// <summary><c>taxonomy</c>: shared vocabularies.</summary>
    Taxonomy,

    /// <summary><c>evidence-schema</c>: the types evidence may contain (exactly one per catalog).</summary>
    EvidenceSchema,

    /// <summary><c>scoring</c>: a scoring scheme.</summary>
    Scoring,

    /// <summary><c>framework</c>: a board competency framework.</summary>
    Framework,

    /// <summary><c>objectives</c>: objectives and the ways that show them.</summary>
    Objectives,

    /// <summary><c>domain</c>: a regulatory key question with quality statements.</summary>
    Domain,

    /// <summary><c>indicators</c>: computed metrics with optional bands.</summary>
    Indicators,

    /// <summary><c>actions</c>: dated commitments.</summary>
    Actions,

    /// <summary><c>rules</c>: engine-level rules.</summary>
    Rules,
}
